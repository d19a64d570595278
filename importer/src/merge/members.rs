//! Members, filters and the enum types documented values become.

use codegen::spec::{EnumValueSpec, FilterNameSpec, FiltersSpec, MemberSpec, TypeFile};

use super::{merged_text, replace_fact, Ctx, Log, Spec};
use crate::facts::{MemberFacts, TypeFact};

#[allow(clippy::too_many_arguments)]
pub(super) fn merge_members(
    spec: &mut Spec,
    file: &str,
    section: &str,
    owner: &str,
    old: &[MemberSpec],
    new: &[MemberFacts],
    ctx: &Ctx<'_>,
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
    ctx: &Ctx<'_>,
    log: &mut Log,
) -> MemberSpec {
    let mut m = old.cloned().unwrap_or_else(|| MemberSpec {
        description_en: None,
        description_zh: None,
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
        location: None,
        style: None,
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
    // A string format read from prose (`crontab`, `date-time`) does not apply once the
    // documented values have made the member an enum (wedata's `CycleType` says "crontab").
    let is_enum = spec.types.get(&m.ty).is_some_and(|t| !t.values.is_empty());
    if f.format.is_some() && m.format != f.format && !is_enum {
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
    if ctx.same_language {
        m.description = merged_text(
            file,
            &format!("{place}.description"),
            &m.description,
            &f.description,
            true,
            log,
        );
    } else {
        m.set_description_in(&ctx.language, &ctx.origin.language, f.description.clone());
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
        m.filters = Some(merge_filters(m.filters.as_ref(), filters, ctx));
    }
    replace_fact(
        file,
        &format!("{place}.location"),
        &mut m.location,
        f.location,
        log,
    );
    replace_fact(file, &format!("{place}.style"), &mut m.style, f.style, log);
    replace_fact(
        file,
        &format!("{place}.example"),
        &mut m.example,
        f.example.clone(),
        log,
    );
    m
}

/// The input's filter names; in the other language than the file's, their descriptions go
/// beside the file's.
fn merge_filters(old: Option<&FiltersSpec>, new: &FiltersSpec, ctx: &Ctx<'_>) -> FiltersSpec {
    let mut out = new.clone();
    if !ctx.same_language {
        for n in &mut out.names {
            let text = std::mem::take(&mut n.description);
            if let Some(o) = old.and_then(|old| old.names.iter().find(|o| o.name == n.name)) {
                *n = o.clone();
            }
            n.set_description_in(&ctx.language, &ctx.origin.language, text);
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
    ctx: &Ctx<'_>,
    log: &mut Log,
) -> String {
    // A value documented twice (the metadata has some) is one value.
    let mut documented: Vec<&(String, String)> = Vec::new();
    for v in &f.values {
        if !documented.iter().any(|d| d.0 == v.0) {
            documented.push(v);
        }
    }
    let values: Vec<&str> = documented.iter().map(|v| v.0.as_str()).collect();
    if let Some(t) = spec.types.get_mut(current).filter(|t| !t.values.is_empty()) {
        if t.curated.is_some() {
            // Written by hand: a value it lacks is reported, never added by an import.
            for (v, _) in documented.iter().copied() {
                if !t.values.iter().any(|x| &x.value == v) {
                    log.warn(format!("{file}: {place}: the input documents value `{v}`, which the curated enum {current} lacks (it is read as an unknown value): add it"));
                }
            }
            return current.to_owned();
        }
        let type_language = t.file_language().to_owned();
        for (v, d) in documented.iter().copied() {
            let text = if d.is_empty() { v.clone() } else { d.clone() };
            match t.values.iter_mut().find(|x| &x.value == v) {
                // The other language's description of a value the type has.
                Some(x) if type_language != ctx.origin.language && !d.is_empty() => {
                    x.set_description_in(&type_language, &ctx.origin.language, text);
                }
                Some(_) => {}
                None => {
                    log.say(format!("{file}: {place}: enum {current} gains value {v}"));
                    let mut value = EnumValueSpec {
                        description_en: None,
                        description_zh: None,
                        value: v.clone(),
                        description: String::new(),
                    };
                    value.set_description_in(&type_language, &ctx.origin.language, text);
                    t.values.push(value);
                }
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
    // Type names are UpperCamelCase; Alibaba's ROA products name members in snake_case.
    let member = upper_camel(&f.name);
    // A name is taken by a type of the spec or of the input, also one that differs only in
    // case: two files `Isp.json` and `ISP.json` cannot both exist on a case-insensitive file
    // system (Windows, macOS), and would share the generated module `isp`.
    let taken = |name: &str| -> Option<&String> {
        if let Some((t, _)) = spec.types.get_key_value(name) {
            return Some(t);
        }
        match ctx.defined_types {
            // A whole service: the objects it will hold, and the enums made so far.
            Some(defined) => defined
                .iter()
                .chain(
                    spec.types
                        .values()
                        .filter(|t| !t.values.is_empty())
                        .map(|t| &t.name),
                )
                .find(|t| super::same_type_name(t, name)),
            None => spec.types.keys().find(|t| super::same_type_name(t, name)),
        }
    };
    let mut name = member.clone();
    let mut clash = None;
    if let Some(t) = taken(&name).filter(|t| *t != &name) {
        clash = Some(t.clone());
    }
    if taken(&name).is_some() || name == owner {
        name = format!("{owner}{member}");
    }
    if taken(&name).is_some() {
        log.warn(format!(
            "{file}: {place}: documented values {} not kept: no free enum type name",
            values.join(", ")
        ));
        return current.to_owned();
    }
    log.say(format!(
        "{file}: {place}: new enum type {name} ({})",
        values.join(", ")
    ));
    if let Some(other) = clash {
        let dir = file
            .rsplit_once("/types/")
            .or_else(|| file.rsplit_once("/actions/"));
        let path = dir.map_or_else(
            || format!("{name}.json"),
            |(d, _)| format!("{d}/types/{name}.json"),
        );
        // Named as curated types name members: `Type.Member`, `Action.input.Member`.
        let at = match place.strip_prefix("members.") {
            Some(m) => format!("{owner}.{m}"),
            None => format!("{owner}.{place}"),
        };
        let line = format!("{path}: enum type {name} for {at} is not named {member}: {member} differs from type {other} only in case");
        log.renamed.push(line);
    }
    spec.types.insert(
        name.clone(),
        TypeFile {
            description_en: None,
            description_zh: None,
            schema: Some("../../../schema.json".to_owned()),
            name: name.clone(),
            source: ctx.origin.source.clone(),
            language: (ctx.origin.language != "en").then(|| ctx.origin.language.clone()),
            description: first_sentence(&f.description),
            members: Vec::new(),
            values: documented
                .iter()
                .map(|(v, d)| EnumValueSpec {
                    description_en: None,
                    description_zh: None,
                    value: v.clone(),
                    description: if d.is_empty() { v.clone() } else { d.clone() },
                })
                .collect(),
            rules: Vec::new(),
            curated: None,
        },
    );
    name
}

/// `file_system` → `FileSystem`; a name already in UpperCamelCase is left as it is.
fn upper_camel(name: &str) -> String {
    if !name.contains('_') && name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return name.to_owned();
    }
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn first_sentence(text: &str) -> String {
    let end = text.find(['。', '.']).map_or(text.len(), |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    text[..end].trim().to_owned()
}

/// A filter name a documented example uses is a filter the action takes, whatever the list
/// read from the prose says: the vendors' lists are sometimes shorter in one language (TAT's
/// Chinese `DescribeRegisterInstances` text lost `instance-name` in a run-on item), and a
/// list that refuses the vendor's own example would make the CLI and the mock refuse it.
/// Pages and metadata alike.
pub fn filters_of_examples(spec: &mut Spec, dir: &str, log: &mut Log) {
    for (name, action) in &mut spec.actions {
        let examples = action.examples.clone();
        for member in &mut action.input {
            let Some(filters) = &mut member.filters else {
                continue;
            };
            for example in &examples {
                let used = example
                    .request
                    .as_ref()
                    .and_then(|r| r.get(&member.name))
                    .and_then(serde_json::Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.get("Name").and_then(serde_json::Value::as_str));
                for filter in used {
                    if filters
                        .names
                        .iter()
                        .any(|n| sdk_shape::filter_name_matches(&n.name, filter))
                    {
                        continue;
                    }
                    log.say(format!(
                        "{dir}/actions/{name}.json: input.{}: filter name `{filter}` added: the documented example `{}` uses it and the text does not list it",
                        member.name, example.title
                    ));
                    filters.names.push(FilterNameSpec {
                        name: filter.to_owned(),
                        description: String::new(),
                        description_en: None,
                        description_zh: None,
                    });
                }
            }
        }
    }
}
