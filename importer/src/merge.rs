//! The one back end: facts from any source merged into a service version's spec files. A fact
//! the source does not speak about is kept; a fact it contradicts is replaced and reported;
//! descriptions are replaced only in the file's own language; an older source over a newer
//! one is refused unless forced.

use std::collections::BTreeMap;

use crate::facts::{ActionFacts, MemberFacts, Origin, SourceKind, TypeFact, TypeFacts};
use codegen::spec::{
    ActionFile, EnumValueSpec, ErrorSpec, ExampleSpec, FiltersSpec, MemberSpec, RuleSpec, TypeFile,
};

/// How to merge.
#[derive(Debug, Clone, Default)]
pub struct MergeOptions {
    /// Import over a newer source.
    pub force: bool,
    /// Switch files to this language: their descriptions are replaced by the input's.
    pub language: Option<String>,
}

/// The spec files of one service version, in memory.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// Action files by name.
    pub actions: BTreeMap<String, ActionFile>,
    /// Type files by name.
    pub types: BTreeMap<String, TypeFile>,
}

/// What a merge said: one line per fact replaced, added, removed or not placed.
#[derive(Debug, Default)]
pub struct Log {
    /// Report lines.
    pub lines: Vec<String>,
}

impl Log {
    /// Add a line.
    pub fn say(&mut self, line: String) {
        self.lines.push(line);
    }
}

/// Why an action was not merged.
#[derive(Debug)]
pub struct Refused(pub String);

/// Whether `origin` may replace the facts of a file recorded with `(updated, package)`.
pub fn check_age(
    what: &str,
    old_updated: Option<&str>,
    old_package: Option<&str>,
    origin: &Origin,
    force: bool,
) -> Result<(), Refused> {
    if force {
        return Ok(());
    }
    let old_desc = match (old_package, old_updated) {
        (Some(p), _) => format!("metadata {p}"),
        (None, Some(u)) => format!("a page updated {u}"),
        (None, None) => "an undated source".to_owned(),
    };
    let new_desc = match (&origin.package, &origin.updated) {
        (Some(p), _) => format!("metadata {p}"),
        (None, Some(u)) => format!("a page updated {u}"),
        (None, None) => "an undated page".to_owned(),
    };
    let older = match (origin.kind, old_package, old_updated) {
        // The pages are rendered from the metadata: a page cannot be dated against it.
        (SourceKind::Page, Some(_), _) => true,
        (SourceKind::Page, None, Some(old)) => {
            origin.updated.as_deref().is_some_and(|new| new < old)
        }
        (SourceKind::Metadata, Some(old), _) => {
            let (old_name, old_v) = split_package(old);
            let (new_name, new_v) = split_package(origin.package.as_deref().unwrap_or_default());
            old_name == new_name && version_key(new_v) < version_key(old_v)
        }
        _ => false,
    };
    if older {
        return Err(Refused(format!(
            "{what} comes from {old_desc}, newer than this input ({new_desc}); not imported (pass --force to import it anyway)"
        )));
    }
    Ok(())
}

fn split_package(p: &str) -> (&str, &str) {
    p.rsplit_once(' ').unwrap_or((p, ""))
}

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Merge one action's facts into the spec. `file` names the action file in report lines.
pub fn merge_action(
    spec: &mut Spec,
    facts: &ActionFacts,
    origin: &Origin,
    opts: &MergeOptions,
    file: &str,
    log: &mut Log,
) -> ActionFile {
    let old = spec.actions.get(&facts.name).cloned();
    let language = match (&old, &opts.language) {
        (_, Some(l)) => l.clone(),
        (Some(o), None) => o.language.clone(),
        (None, None) => origin.language.clone(),
    };
    let same_language = language == origin.language;
    if let Some(o) = &old {
        if !same_language {
            log.say(format!("{file}: descriptions kept in `{}`: the input is `{}` (pass --language {} to switch the file)", o.language, origin.language, origin.language));
        } else if o.language != language {
            log.say(format!(
                "{file}: language switched from `{}` to `{language}`",
                o.language
            ));
        }
    }
    let mut out = old.clone().unwrap_or_else(|| ActionFile {
        schema: Some("../../../schema.json".to_owned()),
        name: facts.name.clone(),
        source: String::new(),
        source_updated: None,
        source_package: None,
        language: language.clone(),
        description: String::new(),
        rate_limit: None,
        region_required: None,
        access_level: None,
        input: Vec::new(),
        output: Vec::new(),
        rules: Vec::new(),
        errors: Vec::new(),
        examples: Vec::new(),
    });
    out.source = origin.source.clone();
    out.source_updated = origin.updated.clone();
    out.source_package = origin.package.clone();
    out.language = language.clone();
    if let Some(d) = &facts.description {
        out.description = merged_text(
            file,
            "description",
            &out.description,
            d,
            same_language || old.is_none(),
            log,
        );
    }
    replace_fact(
        file,
        "rate_limit",
        &mut out.rate_limit,
        facts.rate_limit,
        log,
    );
    replace_fact(
        file,
        "region_required",
        &mut out.region_required,
        facts.region_required,
        log,
    );
    replace_fact(
        file,
        "access_level",
        &mut out.access_level,
        facts.access_level.clone(),
        log,
    );
    let ctx = Ctx {
        origin,
        same_language: same_language || old.is_none(),
    };
    if let Some(input) = &facts.input {
        out.input = merge_members(
            spec,
            file,
            "input",
            &facts.name,
            &out.input,
            input,
            &ctx,
            log,
        );
        let mut rules = out.rules.clone();
        rules.retain(|r| match r {
            RuleSpec::MutuallyExclusive(ms) => {
                ms.iter().all(|m| out.input.iter().any(|i| &i.name == m))
            }
        });
        for r in &facts.rules {
            if !rules.contains(r) {
                log.say(format!("{file}: rules: added {}", rule_text(r)));
                rules.push(r.clone());
            }
        }
        out.rules = rules;
    }
    if let Some(output) = &facts.output {
        out.output = merge_members(
            spec,
            file,
            "output",
            &facts.name,
            &out.output,
            output,
            &ctx,
            log,
        );
    }
    if let Some(errors) = &facts.errors {
        out.errors = merge_errors(file, &out.errors, errors, ctx.same_language, log);
    }
    if let Some(examples) = &facts.examples {
        out.examples = merge_examples(
            file,
            &out.examples,
            examples,
            &facts.unreadable_examples,
            ctx.same_language,
            log,
        );
    }
    if old.is_none() {
        log.say(format!("{file}: new action {}", facts.name));
    }
    spec.actions.insert(facts.name.clone(), out.clone());
    out
}

/// Merge an object type's facts into the spec.
pub fn merge_type(
    spec: &mut Spec,
    facts: &TypeFacts,
    origin: &Origin,
    opts: &MergeOptions,
    file: &str,
    log: &mut Log,
) {
    let old = spec.types.get(&facts.name).cloned();
    let old_language = old
        .as_ref()
        .map(|t| t.language.clone().unwrap_or_else(|| "en".to_owned()));
    let language = opts
        .language
        .clone()
        .or(old_language)
        .unwrap_or_else(|| origin.language.clone());
    let same_language = language == origin.language || old.is_none();
    let mut out = old.clone().unwrap_or_else(|| TypeFile {
        schema: Some("../../../schema.json".to_owned()),
        name: facts.name.clone(),
        source: origin.source.clone(),
        language: (language != "en").then(|| language.clone()),
        description: String::new(),
        members: Vec::new(),
        values: Vec::new(),
    });
    if !out.values.is_empty() {
        log.say(format!(
            "{file}: the spec has {} as an enum, the input as an object; kept the enum",
            facts.name
        ));
        return;
    }
    if let Some(d) = &facts.description {
        out.description = merged_text(file, "description", &out.description, d, same_language, log);
    }
    if out.description.is_empty() {
        out.description = facts.name.clone();
    }
    let ctx = Ctx {
        origin,
        same_language,
    };
    out.members = merge_members(
        spec,
        file,
        "members",
        &facts.name,
        &out.members,
        &facts.members,
        &ctx,
        log,
    );
    if old.is_none() {
        log.say(format!("{file}: new type {}", facts.name));
    }
    spec.types.insert(facts.name.clone(), out);
}

struct Ctx<'a> {
    origin: &'a Origin,
    same_language: bool,
}

fn rule_text(r: &RuleSpec) -> String {
    match r {
        RuleSpec::MutuallyExclusive(ms) => format!("{} are mutually exclusive", ms.join(", ")),
    }
}

/// A description from the input: replaces the spec's in the same language, unless it is a
/// prefix of it (the capture lost the end of the cell).
fn merged_text(
    file: &str,
    place: &str,
    old: &str,
    new: &str,
    same_language: bool,
    log: &mut Log,
) -> String {
    if old.is_empty() {
        return new.to_owned();
    }
    if !same_language || old == new || new.is_empty() {
        return old.to_owned();
    }
    if old.starts_with(new.trim_end()) {
        log.say(format!("{file}: {place}: the input's text is the start of the spec's (the capture lost the rest); kept the spec's"));
        return old.to_owned();
    }
    log.say(format!("{file}: {place}: description replaced"));
    new.to_owned()
}

fn replace_fact<T: PartialEq + Clone + std::fmt::Debug>(
    file: &str,
    place: &str,
    old: &mut Option<T>,
    new: Option<T>,
    log: &mut Log,
) {
    if let Some(n) = new {
        if let Some(o) = old.as_ref() {
            if *o != n {
                log.say(format!(
                    "{file}: {place}: {} → {} (replaced)",
                    show(o),
                    show(&n)
                ));
            }
        }
        *old = Some(n);
    }
}

fn show<T: std::fmt::Debug>(v: &T) -> String {
    let s = format!("{v:?}");
    if s.len() > 80 {
        format!(
            "{}…",
            &s[..s.char_indices().nth(77).map_or(s.len(), |(i, _)| i)]
        )
    } else {
        s
    }
}

#[allow(clippy::too_many_arguments)]
fn merge_members(
    spec: &mut Spec,
    file: &str,
    section: &str,
    owner: &str,
    old: &[MemberSpec],
    new: &[MemberFacts],
    ctx: &Ctx,
    log: &mut Log,
) -> Vec<MemberSpec> {
    let mut out = Vec::new();
    for f in new {
        let place = format!("{section}.{}", f.name);
        let prev = old.iter().find(|m| m.name == f.name);
        if prev.is_none() && !old.is_empty() {
            log.say(format!("{file}: {place}: new member"));
        }
        out.push(merge_member(spec, file, &place, owner, prev, f, ctx, log));
    }
    for m in old {
        if !new.iter().any(|f| f.name == m.name) {
            log.say(format!(
                "{file}: {section}.{}: removed (the input does not list it)",
                m.name
            ));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn merge_member(
    spec: &mut Spec,
    file: &str,
    place: &str,
    owner: &str,
    old: Option<&MemberSpec>,
    f: &MemberFacts,
    ctx: &Ctx,
    log: &mut Log,
) -> MemberSpec {
    let mut m = old.cloned().unwrap_or_else(|| MemberSpec {
        name: f.name.clone(),
        ty: f.ty.spec_name().to_owned(),
        format: None,
        list: f.list,
        required: false,
        nullable: false,
        base64: false,
        description: String::new(),
        default: None,
        minimum: None,
        maximum: None,
        max_items: None,
        filters: None,
        example: None,
    });
    // Type: an enum type in the spec refines the input's String.
    let is_enum = |spec: &Spec, t: &str| spec.types.get(t).is_some_and(|t| !t.values.is_empty());
    let new_ty = f.ty.spec_name();
    if m.ty != new_ty {
        if f.ty == TypeFact::String && is_enum(spec, &m.ty) {
            // kept
        } else {
            if old.is_some() {
                log.say(format!(
                    "{file}: {place}: type {} → {new_ty} (replaced)",
                    m.ty
                ));
            }
            m.ty = new_ty.to_owned();
        }
    }
    if f.ty == TypeFact::String && !f.values.is_empty() {
        m.ty = enum_for(spec, file, place, owner, &m.ty, f, ctx, log);
    }
    if m.list != f.list {
        if old.is_some() {
            log.say(format!(
                "{file}: {place}: list {} → {} (replaced)",
                m.list, f.list
            ));
        }
        m.list = f.list;
    }
    if f.format.is_some() && m.format != f.format {
        if old.is_some() {
            log.say(format!(
                "{file}: {place}: format {:?} → {:?} (replaced)",
                m.format, f.format
            ));
        }
        m.format = f.format;
    }
    let mut flag = |name: &str, cur: &mut bool, new: Option<bool>| {
        if let Some(n) = new {
            if *cur != n && old.is_some() {
                log.say(format!("{file}: {place}: {name} {cur} → {n} (replaced)"));
            }
            *cur = n;
        }
    };
    flag("required", &mut m.required, f.required);
    flag("nullable", &mut m.nullable, f.nullable);
    flag("base64", &mut m.base64, f.base64);
    if ctx.same_language || m.description.is_empty() {
        m.description = merged_text(
            file,
            &format!("{place}.description"),
            &m.description,
            &f.description,
            true,
            log,
        );
    }
    replace_fact(
        file,
        &format!("{place}.default"),
        &mut m.default,
        f.default.clone(),
        log,
    );
    replace_fact(
        file,
        &format!("{place}.minimum"),
        &mut m.minimum,
        f.minimum,
        log,
    );
    replace_fact(
        file,
        &format!("{place}.maximum"),
        &mut m.maximum,
        f.maximum,
        log,
    );
    replace_fact(
        file,
        &format!("{place}.max_items"),
        &mut m.max_items,
        f.max_items,
        log,
    );
    if let Some(filters) = &f.filters {
        m.filters = Some(merge_filters(
            m.filters.as_ref(),
            filters,
            ctx.same_language,
        ));
    }
    replace_fact(
        file,
        &format!("{place}.example"),
        &mut m.example,
        f.example.clone(),
        log,
    );
    m
}

fn merge_filters(old: Option<&FiltersSpec>, new: &FiltersSpec, same_language: bool) -> FiltersSpec {
    let mut out = new.clone();
    if let (Some(old), false) = (old, same_language) {
        for n in &mut out.names {
            if let Some(o) = old.names.iter().find(|o| o.name == n.name) {
                n.description = o.description.clone();
            }
        }
    }
    out
}

/// The enum type for a string member with documented values: the member's own enum
/// (gaining new values), an enum with the same values, or a new one named after the member.
#[allow(clippy::too_many_arguments)]
fn enum_for(
    spec: &mut Spec,
    file: &str,
    place: &str,
    owner: &str,
    current: &str,
    f: &MemberFacts,
    ctx: &Ctx,
    log: &mut Log,
) -> String {
    let values: Vec<&str> = f.values.iter().map(|v| v.0.as_str()).collect();
    if let Some(t) = spec.types.get_mut(current).filter(|t| !t.values.is_empty()) {
        for (v, d) in &f.values {
            if !t.values.iter().any(|x| &x.value == v) {
                log.say(format!("{file}: {place}: enum {current} gains value {v}"));
                t.values.push(EnumValueSpec {
                    value: v.clone(),
                    description: if d.is_empty() { v.clone() } else { d.clone() },
                });
            }
        }
        return current.to_owned();
    }
    let same_set = |t: &TypeFile| {
        let mut a: Vec<&str> = t.values.iter().map(|v| v.value.as_str()).collect();
        let mut b = values.clone();
        a.sort_unstable();
        b.sort_unstable();
        !t.values.is_empty() && a == b
    };
    if let Some(t) = spec.types.values().find(|t| same_set(t)) {
        return t.name.clone();
    }
    let mut name = f.name.clone();
    if spec.types.contains_key(&name) || name == owner {
        name = format!("{owner}{}", f.name);
    }
    if spec.types.contains_key(&name) {
        log.say(format!(
            "{file}: {place}: documented values {} not kept: no free enum type name",
            values.join(", ")
        ));
        return current.to_owned();
    }
    log.say(format!(
        "{file}: {place}: new enum type {name} ({})",
        values.join(", ")
    ));
    spec.types.insert(
        name.clone(),
        TypeFile {
            schema: Some("../../../schema.json".to_owned()),
            name: name.clone(),
            source: ctx.origin.source.clone(),
            language: (ctx.origin.language != "en").then(|| ctx.origin.language.clone()),
            description: first_sentence(&f.description),
            members: Vec::new(),
            values: f
                .values
                .iter()
                .map(|(v, d)| EnumValueSpec {
                    value: v.clone(),
                    description: if d.is_empty() { v.clone() } else { d.clone() },
                })
                .collect(),
        },
    );
    name
}

fn first_sentence(text: &str) -> String {
    let end = text.find(['。', '.']).map_or(text.len(), |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    text[..end].trim().to_owned()
}

fn merge_errors(
    file: &str,
    old: &[ErrorSpec],
    new: &[ErrorSpec],
    same_language: bool,
    log: &mut Log,
) -> Vec<ErrorSpec> {
    let mut out = Vec::new();
    for e in new {
        match old.iter().find(|o| o.code == e.code) {
            Some(o) if !same_language => out.push(o.clone()),
            Some(o) => {
                if o.description != e.description {
                    log.say(format!("{file}: errors.{}: description replaced", e.code));
                }
                out.push(e.clone());
            }
            None => {
                if !old.is_empty() {
                    log.say(format!("{file}: errors.{}: new error code", e.code));
                }
                out.push(e.clone());
            }
        }
    }
    for o in old {
        if !new.iter().any(|e| e.code == o.code) {
            log.say(format!(
                "{file}: errors.{}: removed (the input does not list it)",
                o.code
            ));
        }
    }
    out
}

fn merge_examples(
    file: &str,
    old: &[ExampleSpec],
    new: &[ExampleSpec],
    unreadable: &[String],
    same_language: bool,
    log: &mut Log,
) -> Vec<ExampleSpec> {
    let mut out = Vec::new();
    for (i, e) in new.iter().enumerate() {
        // Titles are prose: in another language the examples are matched by position.
        let prev = if same_language {
            old.iter().find(|o| o.title == e.title)
        } else {
            old.get(i)
        };
        let mut merged = e.clone();
        if let Some(p) = prev {
            if !same_language {
                merged.title = p.title.clone();
                merged.description = p.description.clone();
            }
            if p.request != merged.request || p.response != merged.response {
                log.say(format!(
                    "{file}: examples `{}`: request or response replaced",
                    merged.title
                ));
            }
        } else if !old.is_empty() {
            log.say(format!("{file}: examples `{}`: new example", e.title));
        }
        out.push(merged);
    }
    for (i, o) in old.iter().enumerate() {
        let matched = if same_language {
            new.iter().any(|e| e.title == o.title)
        } else {
            i < new.len()
        };
        if matched {
            continue;
        }
        if unreadable.iter().any(|t| t == &o.title) || (!same_language && !unreadable.is_empty()) {
            log.say(format!(
                "{file}: examples `{}`: kept (the input's copy could not be read)",
                o.title
            ));
            out.push(o.clone());
        } else {
            log.say(format!(
                "{file}: examples `{}`: removed (the input does not show it)",
                o.title
            ));
        }
    }
    out
}

/// Members that name a type the spec does not define.
pub fn missing_types(spec: &Spec) -> Vec<(String, String)> {
    let primitive = |t: &str| matches!(t, "String" | "Integer" | "Boolean");
    let mut out = Vec::new();
    let mut check = |owner: &str, ms: &[MemberSpec]| {
        for m in ms {
            if !primitive(&m.ty) && !spec.types.contains_key(&m.ty) {
                out.push((m.ty.clone(), format!("{owner}.{}", m.name)));
            }
        }
    };
    for a in spec.actions.values() {
        check(&a.name, &a.input);
        check(&a.name, &a.output);
    }
    for t in spec.types.values() {
        check(&t.name, &t.members);
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}
