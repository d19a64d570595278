//! The comparison itself: two spec trees, every difference with its check id and level.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use codegen::load::{LoadedService, SourceFile};
use codegen::spec::{ActionFile, ExampleSpec, FormatSpec, MemberSpec, RuleSpec, TypeFile};

use super::{bumps, Change, Level, Report};

/// Compare `spec/` at git revision `base` with `spec/` on disk.
pub fn compare_with_git(root: &Path, base: &str) -> Result<Report, String> {
    let before = git_spec(root, base)?;
    let after = codegen::load::read_spec_tree(root)
        .map_err(|e| format!("cannot read {}/spec: {e}", root.display()))?;
    let mut report = compare(&before, &after)?;
    report.base = base.to_owned();
    report.bumps = bumps(root, &report.changes);
    Ok(report)
}

/// The spec files at a git revision.
fn git_spec(root: &Path, rev: &str) -> Result<Vec<SourceFile>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["ls-tree", "-r", "--name-only", rev, "--", "spec"])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git cannot list spec/ at `{rev}`: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let mut files = Vec::new();
    for path in String::from_utf8_lossy(&out.stdout).lines() {
        if !path.ends_with(".json") || path == "spec/schema.json" {
            continue;
        }
        let show = Command::new("git")
            .arg("-C")
            .arg(root)
            .arg("show")
            .arg(format!("{rev}:{path}"))
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !show.status.success() {
            return Err(format!("git cannot show {path} at `{rev}`"));
        }
        files.push(SourceFile {
            path: path.to_owned(),
            text: String::from_utf8_lossy(&show.stdout).into_owned(),
        });
    }
    Ok(files)
}

fn load(files: &[SourceFile], which: &str) -> Result<BTreeMap<String, LoadedService>, String> {
    let (loaded, errors) = codegen::load::parse(files);
    if let Some(e) = errors.first() {
        return Err(format!("the {which} spec does not parse: {e}"));
    }
    Ok(loaded
        .into_iter()
        .map(|s| (s.dir.trim_start_matches("spec/").to_owned(), s))
        .collect())
}

/// Compare two spec trees.
pub fn compare(before: &[SourceFile], after: &[SourceFile]) -> Result<Report, String> {
    let old = load(before, "base")?;
    let new = load(after, "current")?;
    let mut d = Diff::default();
    for (svc, o) in &old {
        match new.get(svc) {
            None => d.add(
                "service-removed",
                Level::Breaking,
                svc,
                svc,
                "service removed",
            ),
            Some(n) => d.service(svc, o, n),
        }
    }
    for svc in new.keys().filter(|s| !old.contains_key(*s)) {
        d.add("service-added", Level::Additive, svc, svc, "new service");
    }
    Ok(Report {
        base: String::new(),
        changes: d.changes,
        bumps: Vec::new(),
    })
}

#[derive(Default)]
struct Diff {
    changes: Vec<Change>,
    /// Every code of the service being compared, before and after: the variants of its one
    /// `ErrorCode` enum. A code added to or removed from one list while another list keeps
    /// it changes documentation, not the enum.
    codes_before: BTreeSet<String>,
    codes_after: BTreeSet<String>,
}

/// Every code a service's lists name: common, the service's own, each action's page.
fn all_codes(s: &LoadedService) -> BTreeSet<String> {
    let service = s.service.iter().flat_map(|(_, f)| {
        f.common_errors
            .iter()
            .chain(&f.service_errors)
            .map(|e| e.code.clone())
    });
    let pages = s
        .actions
        .iter()
        .flat_map(|(_, a)| a.errors.iter().map(|e| e.code.clone()));
    service.chain(pages).collect()
}

fn by_name<T, F: Fn(&T) -> &str>(items: &[(String, T)], name: F) -> BTreeMap<String, &T> {
    items.iter().map(|(_, t)| (name(t).to_owned(), t)).collect()
}

impl Diff {
    fn add(
        &mut self,
        id: &'static str,
        level: Level,
        service: &str,
        place: &str,
        detail: impl Into<String>,
    ) {
        self.changes.push(Change {
            id,
            level,
            service: service.to_owned(),
            place: place.to_owned(),
            detail: detail.into(),
            old: None,
            new: None,
        });
    }

    /// A change that carries the text before and after, which the report shows.
    fn add_texts(
        &mut self,
        id: &'static str,
        (level, service, place): (Level, &str, &str),
        detail: impl Into<String>,
        old: Option<String>,
        new: Option<String>,
    ) {
        self.add(id, level, service, place, detail);
        let last = self.changes.last_mut().expect("just added");
        last.old = old;
        last.new = new;
    }

    /// `description-changed` (or `error-description-changed`) with both texts.
    fn description(&mut self, id: &'static str, svc: &str, place: &str, old: &str, new: &str) {
        self.add_texts(
            id,
            (Level::Docs, svc, place),
            "description changed",
            Some(old.to_owned()),
            Some(new.to_owned()),
        );
    }

    fn service(&mut self, svc: &str, o: &LoadedService, n: &LoadedService) {
        self.codes_before = all_codes(o);
        self.codes_after = all_codes(n);
        let (oa, na) = (
            by_name(&o.actions, |a| &a.name),
            by_name(&n.actions, |a| &a.name),
        );
        for (name, a) in &oa {
            match na.get(name) {
                None => self.add(
                    "action-removed",
                    Level::Breaking,
                    svc,
                    name,
                    "action removed",
                ),
                Some(b) => self.action(svc, a, b),
            }
        }
        for name in na.keys().filter(|k| !oa.contains_key(*k)) {
            self.add("action-added", Level::Additive, svc, name, "new action");
        }
        let (ot, nt) = (
            by_name(&o.types, |t| &t.name),
            by_name(&n.types, |t| &t.name),
        );
        for (name, t) in &ot {
            match nt.get(name) {
                None => self.add("type-removed", Level::Breaking, svc, name, "type removed"),
                Some(u) => self.ty(svc, t, u),
            }
        }
        for name in nt.keys().filter(|k| !ot.contains_key(*k)) {
            self.add("type-added", Level::Additive, svc, name, "new type");
        }
        if let (Some((_, os)), Some((_, ns))) = (&o.service, &n.service) {
            let codes = |s: &codegen::spec::ServiceFile| {
                s.common_errors
                    .iter()
                    .map(|e| e.code.clone())
                    .collect::<Vec<_>>()
            };
            self.codes(svc, "common_errors", &codes(os), &codes(ns));
            let own = |s: &codegen::spec::ServiceFile| {
                s.service_errors
                    .iter()
                    .map(|e| e.code.clone())
                    .collect::<Vec<_>>()
            };
            self.codes(svc, "service_errors", &own(os), &own(ns));
            for e in &ns.service_errors {
                let before = os.service_errors.iter().find(|o| o.code == e.code);
                if let Some(o) = before.filter(|o| o.description != e.description) {
                    self.description(
                        "error-description-changed",
                        svc,
                        &format!("service_errors.{}", e.code),
                        &o.description,
                        &e.description,
                    );
                }
            }
            let hosts = |s: &codegen::spec::ServiceFile| {
                s.endpoints
                    .iter()
                    .map(|e| e.host.clone())
                    .collect::<Vec<_>>()
            };
            if hosts(os) != hosts(ns) {
                let level = if hosts(os).first() == hosts(ns).first() {
                    Level::Additive
                } else {
                    Level::Breaking
                };
                self.add(
                    "endpoints-changed",
                    level,
                    svc,
                    "service.endpoints",
                    format!("{:?} → {:?}", hosts(os), hosts(ns)),
                );
            }
        }
    }

    fn action(&mut self, svc: &str, a: &ActionFile, b: &ActionFile) {
        let name = &a.name;
        if a.description != b.description {
            self.description(
                "description-changed",
                svc,
                name,
                &a.description,
                &b.description,
            );
        }
        if a.rate_limit != b.rate_limit {
            self.add(
                "rate-limit-changed",
                Level::Additive,
                svc,
                name,
                format!("{:?} → {:?} requests/s", a.rate_limit, b.rate_limit),
            );
        }
        if a.region_required.unwrap_or(false) != b.region_required.unwrap_or(false) {
            let level = if b.region_required == Some(true) {
                Level::Breaking
            } else {
                Level::Additive
            };
            self.add(
                "region-required-changed",
                level,
                svc,
                name,
                format!("{:?} → {:?}", a.region_required, b.region_required),
            );
        }
        self.members(
            svc,
            &format!("{name}.input"),
            &a.input,
            &b.input,
            Owner::Request,
        );
        self.members(
            svc,
            &format!("{name}.output"),
            &a.output,
            &b.output,
            Owner::Response,
        );
        self.rules(
            svc,
            &format!("{name}.rules"),
            (&a.rules, &b.rules),
            &a.input,
        );
        let codes = |f: &ActionFile| f.errors.iter().map(|e| e.code.clone()).collect::<Vec<_>>();
        self.codes(svc, &format!("{name}.errors"), &codes(a), &codes(b));
        let error_text = |f: &ActionFile| {
            f.errors
                .iter()
                .map(|e| (e.code.clone(), e.description.clone()))
                .collect::<BTreeMap<_, _>>()
        };
        let (ea, eb) = (error_text(a), error_text(b));
        for (code, d) in &ea {
            if let Some(e) = eb.get(code).filter(|e| *e != d) {
                self.description(
                    "error-description-changed",
                    svc,
                    &format!("{name}.errors.{code}"),
                    d,
                    e,
                );
            }
        }
        self.examples(svc, &format!("{name}.examples"), a, b);
    }

    /// Examples are matched by title. One removed and one added whose request and response
    /// are the same is a rename, not two changes.
    fn examples(&mut self, svc: &str, place: &str, a: &ActionFile, b: &ActionFile) {
        let titled = |f: &ActionFile, t: &str| f.examples.iter().any(|e| e.title == t);
        let removed = a.examples.iter().filter(|e| !titled(b, &e.title));
        let mut added: Vec<&ExampleSpec> =
            b.examples.iter().filter(|e| !titled(a, &e.title)).collect();
        let mut gone = Vec::new();
        let mut renamed = Vec::new();
        for e in removed {
            let same = |f: &&ExampleSpec| f.request == e.request && f.response == e.response;
            match added.iter().position(same) {
                Some(i) => renamed.push((e, added.remove(i))),
                None => gone.push(e),
            }
        }
        for e in added {
            self.add(
                "example-added",
                Level::Docs,
                svc,
                place,
                format!("`{}`", e.title),
            );
        }
        for e in gone {
            self.add(
                "example-removed",
                Level::Docs,
                svc,
                place,
                format!("`{}`", e.title),
            );
        }
        for (e, f) in renamed {
            let also = if e.description == f.description {
                ""
            } else {
                " (its description changed too)"
            };
            self.add_texts(
                "example-renamed",
                (Level::Docs, svc, place),
                format!("`{}` → `{}`{also}", e.title, f.title),
                Some(e.title.clone()),
                Some(f.title.clone()),
            );
        }
        for e in &a.examples {
            if let Some(f) = b.examples.iter().find(|f| f.title == e.title) {
                if e != f {
                    self.add(
                        "example-changed",
                        Level::Docs,
                        svc,
                        place,
                        format!("`{}`", e.title),
                    );
                }
            }
        }
    }

    fn ty(&mut self, svc: &str, a: &TypeFile, b: &TypeFile) {
        if a.description != b.description {
            self.description(
                "description-changed",
                svc,
                &a.name,
                &a.description,
                &b.description,
            );
        }
        let values = |t: &TypeFile| t.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>();
        let (va, vb) = (values(a), values(b));
        for v in &b.values {
            let Some(before) = a.values.iter().find(|o| o.value == v.value) else {
                continue;
            };
            if before.description != v.description {
                self.add_texts(
                    "description-changed",
                    (Level::Docs, svc, &a.name),
                    format!("value `{}`: description changed", v.value),
                    Some(before.description.clone()),
                    Some(v.description.clone()),
                );
            }
        }
        for v in vb.iter().filter(|v| !va.contains(v)) {
            self.add(
                "enum-value-added",
                Level::Additive,
                svc,
                &a.name,
                format!("value `{v}`"),
            );
        }
        for v in va.iter().filter(|v| !vb.contains(v)) {
            self.add(
                "enum-value-removed",
                Level::Breaking,
                svc,
                &a.name,
                format!("value `{v}`"),
            );
        }
        self.members(svc, &a.name, &a.members, &b.members, Owner::Object);
        let place = format!("{}.rules", a.name);
        self.rules(svc, &place, (&a.rules, &b.rules), &a.members);
    }

    /// A rule added refuses requests that passed before, unless it only speaks of members
    /// those requests could not set (see [`added_rule`]); one removed lets more through.
    fn rules(
        &mut self,
        svc: &str,
        place: &str,
        (a, b): (&[RuleSpec], &[RuleSpec]),
        members_before: &[MemberSpec],
    ) {
        for r in b.iter().filter(|r| !a.contains(r)) {
            let (level, why) = added_rule(r, a, members_before);
            self.add("rule-added", level, svc, place, rule_text(r) + &why);
        }
        for r in a.iter().filter(|r| !b.contains(r)) {
            self.add("rule-removed", Level::Additive, svc, place, rule_text(r));
        }
    }

    fn codes(&mut self, svc: &str, place: &str, a: &[String], b: &[String]) {
        for c in b.iter().filter(|c| !a.contains(c)) {
            let (level, detail) = if self.codes_before.contains(c) {
                (
                    Level::Docs,
                    format!("`{c}` (already a code of the service)"),
                )
            } else {
                (Level::Additive, format!("`{c}`"))
            };
            self.add("error-code-added", level, svc, place, detail);
        }
        for c in a.iter().filter(|c| !b.contains(c)) {
            let (level, detail) = if self.codes_after.contains(c) {
                (Level::Docs, format!("`{c}` (still a code of the service)"))
            } else {
                (Level::Breaking, format!("`{c}`"))
            };
            self.add("error-code-removed", level, svc, place, detail);
        }
    }

    fn members(
        &mut self,
        svc: &str,
        place: &str,
        a: &[MemberSpec],
        b: &[MemberSpec],
        owner: Owner,
    ) {
        for m in a {
            let at = format!("{place}.{}", m.name);
            let Some(n) = b.iter().find(|n| n.name == m.name) else {
                self.add(
                    "member-removed",
                    Level::Breaking,
                    svc,
                    &at,
                    "member removed",
                );
                continue;
            };
            self.member(svc, &at, m, n, owner);
        }
        for n in b.iter().filter(|n| !a.iter().any(|m| m.name == n.name)) {
            let at = format!("{place}.{}", n.name);
            if n.required && owner != Owner::Response {
                self.add(
                    "member-added-required",
                    Level::Breaking,
                    svc,
                    &at,
                    "new required member",
                );
            } else {
                self.add(
                    "member-added",
                    Level::Additive,
                    svc,
                    &at,
                    "new optional member",
                );
            }
        }
    }

    fn member(&mut self, svc: &str, at: &str, m: &MemberSpec, n: &MemberSpec, owner: Owner) {
        let shape = |x: &MemberSpec| {
            format!(
                "{}{}{}",
                if x.list { "list of " } else { "" },
                x.ty,
                x.format.map(|f| format!(" ({f:?})")).unwrap_or_default()
            )
        };
        // Formats that give the same Rust type and the same checks are one type: an Integer
        // without a format is `int64`, a Number is `f64` whatever its precision, a binary
        // String is a String.
        let effective = |x: &MemberSpec| match (x.ty.as_str(), x.format) {
            ("Integer", None) => Some(FormatSpec::Int64),
            ("Number", _) => None,
            ("String", Some(FormatSpec::Binary)) => None,
            (_, f) => f,
        };
        if m.ty != n.ty || m.list != n.list || effective(m) != effective(n) {
            self.add(
                "member-type-changed",
                Level::Breaking,
                svc,
                at,
                format!("{} → {}", shape(m), shape(n)),
            );
        }
        if m.required != n.required {
            // Object members switch between `T` and `Option<T>`; requests are checked.
            let level = match owner {
                Owner::Object => Level::Breaking,
                Owner::Request if n.required => Level::Breaking,
                _ => Level::Additive,
            };
            let id = if n.required {
                "member-became-required"
            } else {
                "member-became-optional"
            };
            self.add(
                id,
                level,
                svc,
                at,
                format!("required {} → {}", m.required, n.required),
            );
        }
        if m.base64 != n.base64 {
            let level = if n.base64 {
                Level::Additive
            } else {
                Level::Breaking
            };
            self.add(
                "member-base64-changed",
                level,
                svc,
                at,
                format!("base64 {} → {} (the `_decoded` getter)", m.base64, n.base64),
            );
        }
        if m.nullable != n.nullable {
            self.add(
                "member-nullable-changed",
                Level::Docs,
                svc,
                at,
                format!("nullable {} → {}", m.nullable, n.nullable),
            );
        }
        if m.description != n.description {
            self.description(
                "description-changed",
                svc,
                at,
                &m.description,
                &n.description,
            );
        }
        if m.default != n.default {
            self.add(
                "default-changed",
                Level::Docs,
                svc,
                at,
                format!("{} → {}", opt(&m.default), opt(&n.default)),
            );
        }
        if m.example != n.example {
            let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string());
            self.add_texts(
                "member-example-changed",
                (Level::Docs, svc, at),
                "example changed",
                json(&m.example),
                json(&n.example),
            );
        }
        // Limits: tighter refuses requests that passed before.
        let upper = |x: Option<i64>, y: Option<i64>| match (x, y) {
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (Some(a), Some(b)) if a != b => Some(b < a),
            _ => None,
        };
        let limit = |s: &mut Self, what: &str, tighter: Option<bool>, x: String, y: String| {
            if let Some(t) = tighter {
                let (id, level) = if t && owner != Owner::Response {
                    ("limit-tightened", Level::Breaking)
                } else {
                    ("limit-loosened", Level::Additive)
                };
                s.add(id, level, svc, at, format!("{what} {x} → {y}"));
            }
        };
        limit(
            self,
            "maximum",
            upper(m.maximum, n.maximum),
            opt(&m.maximum),
            opt(&n.maximum),
        );
        limit(
            self,
            "max_items",
            upper(m.max_items.map(i64::from), n.max_items.map(i64::from)),
            opt(&m.max_items),
            opt(&n.max_items),
        );
        let lower = upper(m.minimum.map(|v| -v), n.minimum.map(|v| -v));
        limit(self, "minimum", lower, opt(&m.minimum), opt(&n.minimum));
        let names = |x: &MemberSpec| {
            x.filters
                .as_ref()
                .map(|f| f.names.iter().map(|n| n.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        let (fa, fb) = (names(m), names(n));
        for f in fb.iter().filter(|f| !fa.contains(f)) {
            self.add(
                "filter-name-added",
                Level::Additive,
                svc,
                at,
                format!("filter `{f}`"),
            );
        }
        for f in fa.iter().filter(|f| !fb.contains(f)) {
            self.add(
                "filter-name-removed",
                Level::Breaking,
                svc,
                at,
                format!("filter `{f}`"),
            );
        }
        // A filter's description is the member's documentation, moved out of its prose.
        if let (Some(fm), Some(fn_)) = (&m.filters, &n.filters) {
            for f in &fn_.names {
                let Some(before) = fm.names.iter().find(|o| o.name == f.name) else {
                    continue;
                };
                if before.description != f.description {
                    self.add_texts(
                        "description-changed",
                        (Level::Docs, svc, at),
                        format!("filter `{}`: description changed", f.name),
                        Some(before.description.clone()),
                        Some(f.description.clone()),
                    );
                }
            }
        }
        let mv = |x: &MemberSpec| x.filters.as_ref().and_then(|f| f.max_values).map(i64::from);
        limit(
            self,
            "filter max_values",
            upper(mv(m), mv(n)),
            opt(&mv(m)),
            opt(&mv(n)),
        );
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Request,
    Response,
    Object,
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_owned(), ToString::to_string)
}

fn rule_text(r: &RuleSpec) -> String {
    match r {
        RuleSpec::MutuallyExclusive(ms) => format!("mutually exclusive: {}", ms.join(", ")),
        RuleSpec::RequiredIf(r) => {
            format!("{} required when {} is {}", r.member, r.when, r.equals)
        }
    }
}

/// The level of a rule added to an owner that had the rules `before` and the members
/// `members_before`, and why when the members decide it.
///
/// A request that passed before can only be refused by the rule if it could set what the
/// rule speaks of. `mutually_exclusive`: old requests set at most the members that existed;
/// if every pair of those was already exclusive (or there is at most one), nothing that
/// passed is refused. `required_if`: old requests never set a `when` member that is new; a
/// new `member` with an old `when` refuses the old requests that gave that value.
fn added_rule(r: &RuleSpec, before: &[RuleSpec], members_before: &[MemberSpec]) -> (Level, String) {
    let existed = |n: &str| members_before.iter().any(|m| m.name == n);
    let names = |ns: &[&String]| {
        ns.iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match r {
        RuleSpec::MutuallyExclusive(ms) => {
            let (old, new): (Vec<&String>, Vec<&String>) = ms.iter().partition(|m| existed(m));
            let exclusive_before = |x: &String, y: &String| {
                before.iter().any(|r| {
                    matches!(r, RuleSpec::MutuallyExclusive(b) if b.contains(x) && b.contains(y))
                })
            };
            let pairs_refused_before = old
                .iter()
                .enumerate()
                .all(|(i, x)| old[i + 1..].iter().all(|y| exclusive_before(x, y)));
            match (new.is_empty(), pairs_refused_before) {
                (true, true) => (
                    Level::Additive,
                    " (these members were already exclusive)".to_owned(),
                ),
                (true, false) => (Level::Breaking, String::new()),
                (false, true) => (
                    Level::Additive,
                    format!(
                        " ({} new in this change: no request that passed before set it)",
                        names(&new)
                    ),
                ),
                (false, false) => (
                    Level::Breaking,
                    format!(
                        " ({} new, but requests that passed before could give {} together)",
                        names(&new),
                        names(&old)
                    ),
                ),
            }
        }
        RuleSpec::RequiredIf(q) if !existed(&q.when) => (
            Level::Additive,
            format!(
                " (`{}` new in this change: no request that passed before set it)",
                q.when
            ),
        ),
        RuleSpec::RequiredIf(q) if !existed(&q.member) => (
            Level::Breaking,
            format!(
                " (`{}` new, but requests that passed before with `{}` = `{}` are refused)",
                q.member, q.when, q.equals
            ),
        ),
        RuleSpec::RequiredIf(_) => (Level::Breaking, String::new()),
    }
}
