//! The one back end: facts from any source merged into a service version's spec files. A fact
//! the source does not speak about is kept; a fact it contradicts is replaced and reported;
//! a description replaces the one in the input's language, the other language's staying
//! beside it (`languages`); an older source over a newer one is refused unless forced.

use std::collections::BTreeMap;

mod age;
mod codes;
mod languages;
mod members;
pub mod repair;
pub mod whole;

pub use age::{check_age, Refused};
use codes::merge_errors;
pub use codes::merge_service_errors;
pub use members::filters_of_examples;
use members::merge_members;

use crate::facts::{ActionFacts, Origin, TypeFacts};
use codegen::error::RepairKind;
use codegen::spec::{ActionFile, ExampleSpec, MemberSpec, RuleSpec, TypeFile};

/// How to merge.
#[derive(Debug, Clone, Default)]
pub struct MergeOptions {
    /// Import over a newer source.
    pub force: bool,
    /// For an input that states its service whole, the object types the spec will hold
    /// (those its actions reach, and the curated ones): an enum type the merge names after
    /// a member takes none of these names, nor one differing from them only in case, even
    /// before that type is merged; the objects no action reaches, which the merge drops at
    /// the end, take no name from it. `None` for a partial input, where every type in the
    /// spec counts.
    pub defined_types: Option<Vec<String>>,
}

/// The spec files of one service version, in memory.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// Action files by name.
    pub actions: BTreeMap<String, ActionFile>,
    /// Type files by name.
    pub types: BTreeMap<String, TypeFile>,
}

/// What a merge said: one line per fact replaced, added, removed or not placed, and what
/// was done to the vendor's examples.
#[derive(Debug, Default)]
pub struct Log {
    /// Report lines.
    pub lines: Vec<String>,
    /// Facts the merge could not place, or that need a maintainer's look.
    pub warnings: Vec<String>,
    /// Vendor examples (and members' example and default values) repaired, by kind of fault.
    pub repairs: BTreeMap<RepairKind, usize>,
    /// Vendor examples and member facts left out, one report line each.
    pub left_out: Vec<String>,
    /// Facts read from descriptions that the generator refuses, dropped with their sentence
    /// left as prose, one report line each.
    pub as_prose: Vec<String>,
    /// Types named otherwise than the rule that names them would, because that name differs
    /// from another type's only in case; one report line each.
    pub renamed: Vec<String>,
}

impl Log {
    /// Add a line.
    pub fn say(&mut self, line: String) {
        self.lines.push(line);
    }

    /// Add a warning.
    pub fn warn(&mut self, line: String) {
        self.warnings.push(line);
    }

    /// Take in another log's lines and counts, after this one's.
    pub fn append(&mut self, other: Log) {
        self.lines.extend(other.lines);
        self.warnings.extend(other.warnings);
        for (kind, n) in other.repairs {
            *self.repairs.entry(kind).or_default() += n;
        }
        self.left_out.extend(other.left_out);
        self.as_prose.extend(other.as_prose);
        self.renamed.extend(other.renamed);
    }
}

/// Whether two type names would name the same file on a case-insensitive file system or the
/// same module of the generated crate (`Isp` and `ISP`, `FooBar` and `Foo_Bar`): equal once
/// lower-cased without their underscores, which both of those imply.
pub(crate) fn same_type_name(a: &str, b: &str) -> bool {
    fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_lowercase())
    }
    folded(a).eq(folded(b))
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
    // A file keeps the language it was created in; the input's texts go beside it when the
    // input is in the other one.
    let language = old
        .as_ref()
        .map_or_else(|| origin.language.clone(), |o| o.language.clone());
    let same_language = language == origin.language;
    let mut out = old.clone().unwrap_or_else(|| ActionFile {
        description_en: None,
        description_zh: None,
        schema: Some("../../../schema.json".to_owned()),
        name: facts.name.clone(),
        source: String::new(),
        source_updated: None,
        source_package: None,
        source_package_en: None,
        source_package_zh: None,
        language: language.clone(),
        description: String::new(),
        rate_limit: None,
        region_required: None,
        access_level: None,
        http: None,
        input: Vec::new(),
        output: Vec::new(),
        rules: Vec::new(),
        errors: Vec::new(),
        examples: Vec::new(),
    });
    out.source = origin.source.clone();
    out.source_updated = origin.updated.clone();
    match (same_language, origin.language.as_str()) {
        (true, _) => out.source_package = origin.package.clone(),
        (false, "zh") => out.source_package_zh = origin.package.clone(),
        (false, _) => out.source_package_en = origin.package.clone(),
    }
    out.language = language.clone();
    if let Some(d) = &facts.description {
        if same_language {
            out.description = merged_text(file, "description", &out.description, d, true, log);
        } else {
            out.set_description_in(&language, &origin.language, d.clone());
        }
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
    replace_fact(file, "http", &mut out.http, facts.http.clone(), log);
    let ctx = Ctx {
        origin,
        language: language.clone(),
        same_language,
        defined_types: opts.defined_types.as_deref(),
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
        out.rules = merged_rules(file, &out.rules, &out.input, &facts.rules, log);
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
        out.errors = merge_errors(
            file,
            "errors",
            &out.errors,
            errors,
            &language,
            &origin.language,
            log,
        );
    }
    if let Some(examples) = &facts.examples {
        out.examples = merge_examples(
            file,
            &out.examples,
            examples,
            &facts.unreadable_examples,
            (&language, &origin.language),
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
    let language = old
        .as_ref()
        .map_or_else(|| origin.language.clone(), |t| t.file_language().to_owned());
    let same_language = language == origin.language;
    let mut out = old.clone().unwrap_or_else(|| TypeFile {
        description_en: None,
        description_zh: None,
        schema: Some("../../../schema.json".to_owned()),
        name: facts.name.clone(),
        source: facts
            .source
            .clone()
            .unwrap_or_else(|| origin.source.clone()),
        language: (language != "en").then(|| language.clone()),
        description: String::new(),
        members: Vec::new(),
        values: Vec::new(),
        rules: Vec::new(),
        curated: None,
    });
    if out.curated.is_some() {
        log.say(format!(
            "{file}: curated: kept as written; the input's definition of {} is not used",
            facts.name
        ));
        return;
    }
    if !out.values.is_empty() {
        log.say(format!(
            "{file}: the spec has {} as an enum, the input as an object; kept the enum",
            facts.name
        ));
        return;
    }
    if let Some(d) = &facts.description {
        if same_language {
            out.description = merged_text(file, "description", &out.description, d, true, log);
        } else if d != &facts.name {
            out.set_description_in(&language, &origin.language, d.clone());
        }
    }
    if out.description.is_empty() {
        out.description = facts.name.clone();
    }
    let ctx = Ctx {
        origin,
        language: language.clone(),
        same_language,
        defined_types: opts.defined_types.as_deref(),
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
    // A type's rules come from its members' prose ("This field is required if Policy is
    // RECURRENCE"), read here because the front ends build object types member by member.
    let found = crate::prose::rules(&crate::prose::flattened(&facts.members));
    out.rules = merged_rules(file, &out.rules, &out.members, &found, log);
    if old.is_none() {
        log.say(format!("{file}: new type {}", facts.name));
    }
    spec.types.insert(facts.name.clone(), out);
}

struct Ctx<'a> {
    origin: &'a Origin,
    /// The file's language.
    language: String,
    /// Whether the input is in the file's language (else its texts go in the other
    /// language's fields).
    same_language: bool,
    /// `MergeOptions::defined_types`.
    defined_types: Option<&'a [String]>,
}

/// A rule in words, for report lines (`Recurrence is required when Policy is RECURRENCE`).
pub(crate) fn rule_text(r: &RuleSpec) -> String {
    match r {
        RuleSpec::MutuallyExclusive(ms) => format!("{} are mutually exclusive", ms.join(", ")),
        RuleSpec::RequiredIf(r) => {
            format!("{} is required when {} is {}", r.member, r.when, r.equals)
        }
    }
}

/// The spec's rules that still name only existing members, and the input's new ones (rules
/// are kept where the input is silent, like other facts).
fn merged_rules(
    file: &str,
    old: &[RuleSpec],
    members: &[MemberSpec],
    found: &[RuleSpec],
    log: &mut Log,
) -> Vec<RuleSpec> {
    let exists = |n: &String| members.iter().any(|m| &m.name == n);
    let mut rules: Vec<RuleSpec> = old
        .iter()
        .filter(|r| match r {
            RuleSpec::MutuallyExclusive(ms) => ms.iter().all(exists),
            RuleSpec::RequiredIf(r) => exists(&r.member) && exists(&r.when),
        })
        .cloned()
        .collect();
    for r in found {
        if !rules.contains(r) {
            log.say(format!("{file}: rules: added {}", rule_text(r)));
            rules.push(r.clone());
        }
    }
    rules
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

fn merge_examples(
    file: &str,
    old: &[ExampleSpec],
    new: &[ExampleSpec],
    unreadable: &[String],
    (file_language, input_language): (&str, &str),
    log: &mut Log,
) -> Vec<ExampleSpec> {
    let same_language = file_language == input_language;
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
                // The file's texts stay; the input's go beside them.
                merged = ExampleSpec {
                    request: e.request.clone(),
                    response: e.response.clone(),
                    repairs: e.repairs.clone(),
                    ..p.clone()
                };
                merged.set_title_in(file_language, input_language, e.title.clone());
                merged.set_description_in(file_language, input_language, e.description.clone());
            }
            if p.request != merged.request || p.response != merged.response {
                log.say(format!(
                    "{file}: examples `{}`: request or response replaced",
                    merged.title
                ));
            }
        } else {
            if !same_language {
                // An example only the input has: its texts in the input's language.
                merged.title = String::new();
                merged.description = String::new();
                merged.set_title_in(file_language, input_language, e.title.clone());
                merged.set_description_in(file_language, input_language, e.description.clone());
            }
            if !old.is_empty() {
                log.say(format!("{file}: examples `{}`: new example", e.title));
            }
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
    let primitive = |t: &str| matches!(t, "String" | "Integer" | "Number" | "Boolean" | "Json");
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
