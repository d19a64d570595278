//! Metadata is the whole truth of its service version. An input that states a whole service
//! version (tccli's `api.json`) does not merge into the spec fact by fact: the service's
//! actions and types are built from the input alone, as if nothing had been imported
//! before, so the spec never depends on which releases came before. What the input does
//! not state is gone, and reported. Three things the vendor's metadata has no field for
//! are carried over from the spec:
//!
//! - **curated types** (`"curated"` in a type file): kept as written, and the members they
//!   list are pointed at them whatever type the metadata gives;
//! - **page facts** of an action the metadata still has: `rate_limit`, `region_required`,
//!   `access_level`, the page's error table, and the examples when the input has no
//!   `examples.json`;
//! - **the other language**: the actions, types, texts and facts the spec has from an input
//!   in the other language, combined with the input's by language (`super::languages`).

use std::collections::{BTreeMap, BTreeSet};

use codegen::spec::{ActionFile, MemberPlace, MemberSpec};
use serde_json::Value;

use super::{merge_action, merge_type, Log, MergeOptions, Spec};
use crate::facts::{MemberFacts, SourceFacts, TypeFact};

/// How the report line of an action the input does not have any more reads (after the
/// file's path; the action's name follows).
pub const NO_LONGER_HAS_ACTION: &str = "removed: the metadata no longer has action";

/// The spec of one service version built from the whole-service input `facts` alone, with
/// what is carried over from `old` (curated types, page facts); [`combine_languages`] then
/// adds the other language's side; `dir` is the folder (`spec/tat/2020-10-28`) for report lines.
pub fn replace(
    old: &Spec,
    facts: &SourceFacts,
    opts: &MergeOptions,
    dir: &str,
    log: &mut Log,
) -> Spec {
    let origin = &facts.origin;
    let type_path = |n: &str| format!("{dir}/types/{n}.json");
    let action_path = |n: &str| format!("{dir}/actions/{n}.json");
    let mut fresh = Spec::default();
    for (name, t) in &old.types {
        if t.curated.is_some() {
            fresh.types.insert(name.clone(), t.clone());
        }
    }
    let building = MergeOptions {
        force: opts.force,
        defined_types: Some(kept_objects(facts, &fresh)),
    };
    // What merging into an empty spec says is that everything is new; only its warnings
    // (facts it could not place) are worth a line.
    let mut scratch = Log::default();
    for ty in &facts.types {
        if fresh
            .types
            .get(&ty.name)
            .is_some_and(|t| t.curated.is_some())
        {
            log.say(format!(
                "{}: curated: kept as written; the metadata's definition of {} is not used",
                type_path(&ty.name),
                ty.name
            ));
            continue;
        }
        merge_type(
            &mut fresh,
            ty,
            origin,
            &building,
            &type_path(&ty.name),
            &mut scratch,
        );
    }
    for a in &facts.actions {
        merge_action(
            &mut fresh,
            a,
            origin,
            &building,
            &action_path(&a.name),
            &mut scratch,
        );
    }
    log.warnings.append(&mut scratch.warnings);
    // A name chosen for a case collision is worth a line even where everything is new.
    log.lines.extend(scratch.renamed.iter().cloned());
    log.renamed.append(&mut scratch.renamed);
    apply_curated(&mut fresh, dir, log);
    for a in &facts.actions {
        let (Some(new), Some(before)) = (fresh.actions.get_mut(&a.name), old.actions.get(&a.name))
        else {
            continue;
        };
        keep_page_facts(before, new, a.errors.is_some(), a.examples.is_some());
    }
    prune(&mut fresh);
    fresh
}

/// The input's spec `fresh` (from [`replace`], its examples repaired on their own) with
/// what `old` has from the other language's input, and the report of what changed.
/// Repairing each side's examples before combining them is what keeps the order of the
/// two imports out of the result: an example of one side that its own types cannot read is
/// left out before the other side's can take its place.
pub fn combine_languages(old: &Spec, fresh: Spec, input: &str, dir: &str, log: &mut Log) -> Spec {
    let mut fresh = both_languages(old, fresh, input);
    prune(&mut fresh);
    super::filters_of_examples(&mut fresh, dir, log);
    report(old, &fresh, dir, log);
    fresh
}

/// The object types the spec will hold after `facts`: those its actions reach, through the
/// members of members, and the curated ones (already in `fresh`); `prune` drops the rest.
fn kept_objects(facts: &SourceFacts, fresh: &Spec) -> Vec<String> {
    let objects = |ms: &[MemberFacts]| -> Vec<String> {
        ms.iter()
            .filter_map(|m| match &m.ty {
                TypeFact::Object(n) => Some(n.clone()),
                _ => None,
            })
            .collect()
    };
    let mut todo: Vec<String> = facts
        .actions
        .iter()
        .flat_map(|a| a.input.iter().chain(&a.output))
        .flat_map(|ms| objects(ms))
        .collect();
    // Curated types are kept whatever reaches them, and so is what their members name.
    let mut reached: BTreeSet<String> = fresh.types.keys().cloned().collect();
    todo.extend(
        fresh
            .types
            .values()
            .flat_map(|t| t.members.iter().map(|m| m.ty.clone())),
    );
    let by_name: std::collections::HashMap<&str, &crate::facts::TypeFacts> =
        facts.types.iter().map(|t| (t.name.as_str(), t)).collect();
    while let Some(name) = todo.pop() {
        if let Some(t) = by_name.get(name.as_str()) {
            if reached.insert(name.clone()) {
                todo.extend(objects(&t.members));
            }
        }
    }
    reached.into_iter().collect()
}

/// Point the members a curated type lists at it. A member the metadata gives a type that
/// is not a string (nor an enum read from the prose) keeps the metadata's type, and the
/// generator then names the curated list as wrong: the vendor has changed what the
/// hand-written type refines, which a maintainer must look at.
fn apply_curated(spec: &mut Spec, dir: &str, log: &mut Log) {
    let curated: Vec<(String, Vec<String>, Vec<String>)> = spec
        .types
        .values()
        .filter_map(|t| {
            let c = t.curated.as_ref()?;
            let values = t.values.iter().map(|v| v.value.clone()).collect();
            Some((t.name.clone(), c.members.clone(), values))
        })
        .collect();
    for (name, places, values) in curated {
        for place in places {
            let Some(ty) = member_at(spec, &place).map(|m| m.ty.clone()) else {
                log.warn(format!("{dir}/types/{name}.json: curated: `{place}` is not in the metadata any more; remove it from the list"));
                continue;
            };
            if ty == name {
                continue;
            }
            let derived_values: Option<Vec<String>> = spec
                .types
                .get(&ty)
                .filter(|t| t.curated.is_none() && !t.values.is_empty())
                .map(|t| t.values.iter().map(|v| v.value.clone()).collect());
            if ty != "String" && derived_values.is_none() {
                log.warn(format!("{dir}/types/{name}.json: curated: the metadata gives `{place}` the type {ty}; kept the metadata's"));
                continue;
            }
            for v in derived_values.iter().flatten() {
                if !values.contains(v) {
                    log.warn(format!("{dir}/types/{name}.json: curated: the metadata documents value `{v}` for `{place}`, which the curated enum lacks (it is read as an unknown value): add it"));
                }
            }
            if let Some(m) = member_at(spec, &place) {
                m.ty.clone_from(&name);
                // A string format or encoding read from prose does not apply to an enum
                // (eflo's `ContentEncoding` says "Base64-encoded" of the values it selects).
                m.format = None;
                m.base64 = false;
            }
        }
    }
}

/// The member at a curated type's place (`codegen::spec::MemberPlace`).
fn member_at<'a>(spec: &'a mut Spec, place: &str) -> Option<&'a mut MemberSpec> {
    let (members, name) = match MemberPlace::parse(place)? {
        MemberPlace::Input(action, name) => (&mut spec.actions.get_mut(action)?.input, name),
        MemberPlace::Output(action, name) => (&mut spec.actions.get_mut(action)?.output, name),
        MemberPlace::Type(ty, name) => (&mut spec.types.get_mut(ty)?.members, name),
    };
    members.iter_mut().find(|m| m.name == name)
}

/// The facts of a page the metadata has no field for.
fn keep_page_facts(old: &ActionFile, new: &mut ActionFile, has_errors: bool, has_examples: bool) {
    new.rate_limit = new.rate_limit.or(old.rate_limit);
    new.region_required = new.region_required.or(old.region_required);
    if new.access_level.is_none() {
        new.access_level.clone_from(&old.access_level);
    }
    if !has_errors {
        new.errors.clone_from(&old.errors);
    }
    if !has_examples {
        new.examples.clone_from(&old.examples);
    }
}

/// The input's spec (`fresh`, in `input`'s language) with what the spec has from the other
/// language's input, combined by language so the order of the two imports never matters.
fn both_languages(old: &Spec, fresh: Spec, input: &str) -> Spec {
    let other = super::languages::side(old, if input == "en" { "zh" } else { "en" });
    let mut combined = if input == "en" {
        super::languages::combine(&fresh, &other)
    } else {
        super::languages::combine(&other, &fresh)
    };
    super::languages::settle(&mut combined);
    combined
}

/// Types no action reaches any more are removed; curated types stay.
fn prune(spec: &mut Spec) {
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = spec
        .actions
        .values()
        .flat_map(|a| a.input.iter().chain(&a.output))
        .map(|m| m.ty.clone())
        .collect();
    while let Some(t) = todo.pop() {
        if !reached.insert(t.clone()) {
            continue;
        }
        if let Some(ty) = spec.types.get(&t) {
            todo.extend(ty.members.iter().map(|m| m.ty.clone()));
        }
    }
    spec.types
        .retain(|name, t| t.curated.is_some() || reached.contains(name));
}

/// One line per action and type added or removed, per member added or removed, and per
/// member whose facts changed (naming the facts); `cargo xtask changes` gives the details.
fn report(old: &Spec, new: &Spec, dir: &str, log: &mut Log) {
    for (name, a) in &old.actions {
        let path = format!("{dir}/actions/{name}.json");
        match new.actions.get(name) {
            None => log.say(format!("{path}: {NO_LONGER_HAS_ACTION} {name}")),
            Some(b) => {
                members(&path, "input", &a.input, &b.input, log);
                members(&path, "output", &a.output, &b.output, log);
                let facts = changed_keys(a, b, &["input", "output", "source_package"]);
                if !facts.is_empty() {
                    log.say(format!("{path}: {} changed", facts.join(", ")));
                }
            }
        }
    }
    for name in new.actions.keys().filter(|n| !old.actions.contains_key(*n)) {
        log.say(format!("{dir}/actions/{name}.json: new action {name}"));
    }
    for (name, t) in &old.types {
        let path = format!("{dir}/types/{name}.json");
        match new.types.get(name) {
            None => log.say(format!(
                "{path}: removed: no action reaches type {name} any more"
            )),
            Some(u) => {
                members(&path, "members", &t.members, &u.members, log);
                let facts = changed_keys(t, u, &["members"]);
                if !facts.is_empty() {
                    log.say(format!("{path}: {} changed", facts.join(", ")));
                }
            }
        }
    }
    for name in new.types.keys().filter(|n| !old.types.contains_key(*n)) {
        log.say(format!("{dir}/types/{name}.json: new type {name}"));
    }
}

fn members(path: &str, section: &str, old: &[MemberSpec], new: &[MemberSpec], log: &mut Log) {
    for m in old {
        match new.iter().find(|n| n.name == m.name) {
            None => log.say(format!(
                "{path}: {section}.{}: removed (the metadata does not list it)",
                m.name
            )),
            Some(n) => {
                let facts = changed_keys(m, n, &[]);
                if !facts.is_empty() {
                    log.say(format!(
                        "{path}: {section}.{}: {} changed",
                        m.name,
                        facts.join(", ")
                    ));
                }
            }
        }
    }
    for n in new.iter().filter(|n| !old.iter().any(|m| m.name == n.name)) {
        log.say(format!("{path}: {section}.{}: new member", n.name));
    }
}

/// The keys whose JSON differs between two spec items, `except` those reported apart.
fn changed_keys<T: serde::Serialize>(old: &T, new: &T, except: &[&str]) -> Vec<String> {
    let as_map = |x: &T| -> BTreeMap<String, Value> {
        match serde_json::to_value(x) {
            Ok(Value::Object(m)) => m.into_iter().collect(),
            _ => BTreeMap::new(),
        }
    };
    let (a, b) = (as_map(old), as_map(new));
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| !except.contains(&k.as_str()) && a.get(*k) != b.get(*k))
        .map(|k| k.to_string())
        .collect()
}
