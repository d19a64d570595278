//! Vendor examples (and members' example and default values) that the vendor's own types
//! cannot read: repaired where a faithful reading exists, left out whole where none does,
//! each with a report line.
//!
//! Tencent's metadata has examples with `"10"` for an integer `Limit`, `null` for members
//! not documented as nullable, members the types do not have (often ones the metadata marks
//! disabled), and answers outside their `{"Response": ...}` envelope. The generator refuses
//! such examples (an example is a test), and names, for each fault it can read faithfully,
//! the reading (`codegen::error::Repair`): the number the string holds, the member absent,
//! the answer in its envelope. The judge is the generator's own validation
//! (`codegen::resolve_loaded`): the faults it names are repaired, or their example left out
//! when one of its faults has no reading, until it names none. What an example's repairs
//! were is written in its `repairs`. Only the actions and types the import touched are
//! repaired; examples written by hand elsewhere stay as they are.
//!
//! The same judge decides the facts read from descriptions (`crate::prose`): a rule, a
//! limit, a format or a base64 note that the generator refuses (a rule naming a member that
//! is not there, or comparing a member with a value it cannot hold; a minimum above the
//! maximum) is not a fact the sentence gives after all. It is dropped, the description that
//! says it is kept as it is (the sentence stays prose), and a report line says which fact and
//! why. One unreadable sentence never fails the import of its service. Curated types are
//! written by hand and are never changed: a fault in one stays an error.

use std::collections::{BTreeMap, BTreeSet};

use codegen::error::{Repair, RepairKind};
use codegen::load::LoadedService;
use codegen::spec::{ExampleSpec, MemberSpec};
use codegen::{SpecError, SpecErrors};
use serde_json::Value;

use crate::merge::{Log, Spec};

/// How each report line of a left-out example or default ends.
pub const LEFT_OUT: &str = "is left out (its own types contradict it)";

/// Most rounds of check and repair: a fault can hide another only inside what it was about
/// (the members of an answer come to be checked once it is in its envelope).
const ROUNDS: usize = 6;

/// How each report line of a fact read from a description and not kept ends.
pub const AS_PROSE: &str = "not kept: its sentence stays prose in the description";

/// Where a fault sits: the example or member fact it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    /// `examples[index]` of an action.
    ActionExample { action: String, index: usize },
    /// The `example` or `default` of a member of an action (`input`, `output`) or a type.
    MemberFact {
        owner: Owner,
        list: &'static str,
        index: usize,
        fact: &'static str,
    },
    /// A fact of a member read from its description: its limits (`minimum` and `maximum`
    /// together, as one may contradict the other), `max_items`, `format` or `base64`.
    ProseFact {
        owner: Owner,
        list: &'static str,
        index: usize,
        fact: &'static str,
    },
    /// `rules[index]` of an action or a type: read from a member's description.
    Rule { owner: Owner, index: usize },
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Owner {
    Action(String),
    Type(String),
}

/// One fault the generator named, inside its place.
struct Fault<'a> {
    /// The pointer inside the example (`/request/Limit`) or member fact (empty).
    inner: String,
    error: &'a SpecError,
}

/// Repair the examples of `touched` actions and types that the generator names, or leave
/// them out, logging each. `folder` gives the service folder as the generator's loader
/// reads it, from the spec as it stands. Returns what the generator still finds wrong with
/// the folder (nothing: `Ok`).
pub fn repair(
    spec: &mut Spec,
    dir: &str,
    touched: &BTreeSet<String>,
    folder: impl Fn(&Spec) -> LoadedService,
    log: &mut Log,
) -> Result<(), SpecErrors> {
    for _ in 0..ROUNDS {
        let problems = match codegen::resolve_loaded(vec![folder(spec)]) {
            Ok(services) => {
                note_numbered_modules(&services, dir, touched, log);
                return Ok(());
            }
            Err(problems) => problems,
        };
        let mut faults: BTreeMap<Place, Vec<Fault<'_>>> = BTreeMap::new();
        for p in &problems.0 {
            let Some(rel) = p.file.strip_prefix(dir).and_then(|r| r.strip_prefix('/')) else {
                continue;
            };
            if let Some((place, inner)) = locate(rel, &p.pointer) {
                if is_touched(&place, touched) {
                    faults
                        .entry(place)
                        .or_default()
                        .push(Fault { inner, error: p });
                }
            }
        }
        faults.retain(|place, _| !in_curated(spec, place));
        if faults.is_empty() {
            return Err(problems);
        }
        // Left out highest index first, so that removing one does not move the next; the
        // facts left as prose are reported in the files' order all the same.
        let mut prose = Log::default();
        for (place, faults) in faults.into_iter().rev() {
            if matches!(place, Place::Rule { .. } | Place::ProseFact { .. }) {
                // The first fault names why; the others are about the same fact.
                leave_as_prose(spec, &place, faults[0].error, &mut prose);
                continue;
            }
            let unreadable = faults.iter().find(|f| f.error.repair.is_none());
            match unreadable {
                Some(f) => leave_out(spec, &place, f.error, log),
                None => {
                    for f in &faults {
                        repair_one(spec, &place, f, log);
                    }
                }
            }
        }
        prose.lines.reverse();
        prose.as_prose.reverse();
        log.append(prose);
    }
    let services = codegen::resolve_loaded(vec![folder(spec)])?;
    note_numbered_modules(&services, dir, touched, log);
    Ok(())
}

/// Say which of the `touched` types the generator gives a numbered module, as their names
/// differ from an earlier type's only in case (`ISP` and `Isp`: `types::isp`, `types::isp_2`),
/// and that such spec files cannot both exist on a file system that ignores case.
fn note_numbered_modules(
    services: &[codegen::ir::Service],
    dir: &str,
    touched: &BTreeSet<String>,
    log: &mut Log,
) {
    let numbered = services
        .iter()
        .flat_map(|s| &s.types)
        .filter(|t| touched.contains(&t.name));
    for t in numbered {
        let Some(first) = &t.numbered_after else {
            continue;
        };
        let files = if first.eq_ignore_ascii_case(&t.name) {
            format!(
                "; the spec files types/{first}.json and types/{}.json cannot both exist on a file system that ignores case (Windows, macOS)",
                t.name
            )
        } else {
            String::new()
        };
        let line = format!(
            "{dir}/types/{}.json: type {} is generated in module types::{} (src/types/{}.rs), as its name and {first}'s give the same module{files}",
            t.name, t.name, t.snake, t.snake
        );
        log.say(line.clone());
        log.renamed.push(line);
    }
}

/// The place of a fault at `pointer` in file `rel` (`actions/X.json`), and the pointer
/// inside it.
fn locate(rel: &str, pointer: &str) -> Option<(Place, String)> {
    let (kind, name) = rel.strip_suffix(".json")?.split_once('/')?;
    let mut parts = pointer.trim_start_matches('/').splitn(4, '/');
    let first = parts.next()?;
    let index: usize = parts.next()?.parse().ok()?;
    let third = parts.next();
    let rest = parts.next().map(|r| format!("/{r}")).unwrap_or_default();
    match (kind, first, third) {
        ("actions", "examples", Some(side @ ("request" | "response"))) => Some((
            Place::ActionExample {
                action: name.to_owned(),
                index,
            },
            format!("/{side}{rest}"),
        )),
        ("actions", list @ ("input" | "output"), Some(fact @ ("example" | "default"))) => Some((
            Place::MemberFact {
                owner: Owner::Action(name.to_owned()),
                list: if list == "input" { "input" } else { "output" },
                index,
                fact: fact_name(fact),
            },
            rest,
        )),
        ("types", "members", Some(fact @ ("example" | "default"))) => Some((
            Place::MemberFact {
                owner: Owner::Type(name.to_owned()),
                list: "members",
                index,
                fact: fact_name(fact),
            },
            rest,
        )),
        (_, "rules", _) => Some((
            Place::Rule {
                owner: owner(kind, name)?,
                index,
            },
            String::new(),
        )),
        (_, list @ ("input" | "output" | "members"), Some(fact)) => {
            let fact = prose_fact(fact)?;
            let owner = owner(kind, name)?;
            let list = match (&owner, list) {
                (Owner::Action(_), "input") => "input",
                (Owner::Action(_), "output") => "output",
                (Owner::Type(_), "members") => "members",
                _ => return None,
            };
            Some((
                Place::ProseFact {
                    owner,
                    list,
                    index,
                    fact,
                },
                String::new(),
            ))
        }
        _ => None,
    }
}

fn owner(kind: &str, name: &str) -> Option<Owner> {
    match kind {
        "actions" => Some(Owner::Action(name.to_owned())),
        "types" => Some(Owner::Type(name.to_owned())),
        _ => None,
    }
}

/// The member facts the prose extractor writes that the generator checks: limits (the
/// generator names `minimum` for a range that contradicts itself), `max_items`, `format`,
/// `base64`.
fn prose_fact(key: &str) -> Option<&'static str> {
    match key {
        "minimum" | "maximum" => Some("limits"),
        "max_items" => Some("max_items"),
        "format" => Some("format"),
        "base64" => Some("base64"),
        _ => None,
    }
}

/// Whether a place is in a curated type, which no import changes.
fn in_curated(spec: &Spec, place: &Place) -> bool {
    let owner = match place {
        Place::ActionExample { .. } => return false,
        Place::MemberFact { owner, .. }
        | Place::Rule { owner, .. }
        | Place::ProseFact { owner, .. } => owner,
    };
    matches!(owner, Owner::Type(n) if spec.types.get(n).is_some_and(|t| t.curated.is_some()))
}

fn fact_name(fact: &str) -> &'static str {
    if fact == "default" {
        "default"
    } else {
        "example"
    }
}

fn is_touched(place: &Place, touched: &BTreeSet<String>) -> bool {
    match place {
        Place::ActionExample { action, .. } => touched.contains(action),
        Place::MemberFact { owner, .. }
        | Place::Rule { owner, .. }
        | Place::ProseFact { owner, .. } => match owner {
            Owner::Action(n) | Owner::Type(n) => touched.contains(n),
        },
    }
}

/// Drop a fact read from a description that the generator refuses (`why`), and say which:
/// the description keeps its sentence.
fn leave_as_prose(spec: &mut Spec, place: &Place, why: &SpecError, log: &mut Log) {
    let dropped = match place {
        Place::Rule { owner, index } => {
            let rules = match owner {
                Owner::Action(n) => spec.actions.get_mut(n).map(|a| &mut a.rules),
                Owner::Type(n) => spec.types.get_mut(n).map(|t| &mut t.rules),
            };
            rules
                .filter(|r| *index < r.len())
                .map(|r| format!("the rule \"{}\"", super::rule_text(&r.remove(*index))))
        }
        Place::ProseFact {
            owner,
            list,
            index,
            fact,
        } => member_in(spec, owner, list, *index).and_then(|m| {
            let name = m.name.clone();
            let what = match *fact {
                "limits" => {
                    let (lo, hi) = (m.minimum.take(), m.maximum.take());
                    let shown =
                        |v: Option<i64>| v.map_or_else(|| "none".to_owned(), |v| v.to_string());
                    (lo.is_some() || hi.is_some())
                        .then(|| format!("minimum {}, maximum {}", shown(lo), shown(hi)))
                }
                "max_items" => m.max_items.take().map(|n| format!("max_items {n}")),
                "format" => m.format.take().map(|f| {
                    let text = serde_json::to_value(f).unwrap_or_default();
                    format!("format {}", text.as_str().unwrap_or_default())
                }),
                _ => std::mem::take(&mut m.base64).then(|| "base64".to_owned()),
            };
            what.map(|w| format!("{list}.{name}: {w}"))
        }),
        Place::ActionExample { .. } | Place::MemberFact { .. } => None,
    };
    if let Some(fact) = dropped {
        let line = format!("{why}; {fact}, read from the description, is {AS_PROSE}");
        log.say(line.clone());
        log.as_prose.push(line);
    }
}

fn member_in<'a>(
    spec: &'a mut Spec,
    owner: &Owner,
    list: &str,
    index: usize,
) -> Option<&'a mut MemberSpec> {
    match owner {
        Owner::Action(n) => spec.actions.get_mut(n).and_then(|a| match list {
            "input" => a.input.get_mut(index),
            _ => a.output.get_mut(index),
        }),
        Owner::Type(n) => spec.types.get_mut(n).and_then(|t| t.members.get_mut(index)),
    }
}

fn leave_out(spec: &mut Spec, place: &Place, why: &SpecError, log: &mut Log) {
    let what = match place {
        Place::MemberFact { fact, .. } => fact,
        Place::ActionExample { .. } | Place::Rule { .. } | Place::ProseFact { .. } => "example",
    };
    let removed = match place {
        Place::ActionExample { action, index } => {
            match spec.actions.get_mut(action).map(|a| &mut a.examples) {
                Some(examples) if *index < examples.len() => {
                    examples.remove(*index);
                    true
                }
                _ => false,
            }
        }
        Place::MemberFact { fact, .. } => member(spec, place)
            .and_then(|m| match *fact {
                "default" => m.default.take(),
                _ => m.example.take(),
            })
            .is_some(),
        // Facts read from descriptions are left as prose instead (`leave_as_prose`).
        Place::Rule { .. } | Place::ProseFact { .. } => false,
    };
    if removed {
        let line = format!("{why}; the vendor's {what} {LEFT_OUT}");
        log.say(line.clone());
        log.left_out.push(line);
    }
}

fn member<'a>(spec: &'a mut Spec, place: &Place) -> Option<&'a mut MemberSpec> {
    let Place::MemberFact {
        owner, list, index, ..
    } = place
    else {
        return None;
    };
    member_in(spec, owner, list, *index)
}

/// Apply one fault's repair where it sits, and say so (in the log, and in the example's
/// `repairs`).
fn repair_one(spec: &mut Spec, place: &Place, fault: &Fault<'_>, log: &mut Log) {
    let Some(repair) = &fault.error.repair else {
        return;
    };
    let done = match place {
        Place::ActionExample { action, index } => spec
            .actions
            .get_mut(action)
            .and_then(|a| a.examples.get_mut(*index))
            .and_then(|ex| {
                let what = apply_in_example(ex, &fault.inner, repair)?;
                ex.repairs.push(format!("{}: {what}", fault.inner));
                Some(what)
            }),
        Place::MemberFact { fact, .. } => member(spec, place).and_then(|m| {
            let slot = match *fact {
                "default" => &mut m.default,
                _ => &mut m.example,
            };
            let old = slot.take()?;
            *slot = repair.value.clone();
            Some(describe(repair, Some(&old)))
        }),
        Place::Rule { .. } | Place::ProseFact { .. } => None,
    };
    if let Some(what) = done {
        *log.repairs.entry(repair.kind).or_default() += 1;
        log.say(format!("{}; repaired: {what}", fault.error));
    }
}

/// Apply `repair` at `inner` (`/request/Limit`, `/response`) in an example; what it did.
fn apply_in_example(ex: &mut ExampleSpec, inner: &str, repair: &Repair) -> Option<String> {
    let (root, rest) = match inner.strip_prefix("/request") {
        Some(rest) => (ex.request.as_mut()?, rest),
        None => (&mut ex.response, inner.strip_prefix("/response")?),
    };
    if rest.is_empty() {
        let old = std::mem::replace(root, repair.value.clone()?);
        return Some(describe(repair, Some(&old)));
    }
    let (parent, key) = rest.rsplit_once('/')?;
    let key = key.replace("~1", "/").replace("~0", "~");
    let container = root.pointer_mut(parent)?;
    match (&repair.value, container) {
        (None, Value::Object(members)) => {
            members.shift_remove(&key)?;
            Some(describe(repair, None))
        }
        (Some(v), container) => {
            let slot = match container {
                Value::Object(members) => members.get_mut(&key)?,
                Value::Array(items) => items.get_mut(key.parse::<usize>().ok()?)?,
                _ => return None,
            };
            let old = std::mem::replace(slot, v.clone());
            Some(describe(repair, Some(&old)))
        }
        _ => None,
    }
}

/// What a repair did, for the report and the example's `repairs`.
fn describe(repair: &Repair, old: Option<&Value>) -> String {
    let shown = |v: Option<&Value>| v.map(compact).unwrap_or_default();
    match repair.kind {
        RepairKind::UnknownMember => "not a documented member, dropped".to_owned(),
        RepairKind::Null => "null read as absent".to_owned(),
        RepairKind::Quoted | RepairKind::Unquoted => {
            format!("{} read as {}", shown(old), shown(repair.value.as_ref()))
        }
        RepairKind::Envelope => "put in its `{\"Response\": …}` envelope".to_owned(),
    }
}

/// A value on one line, cut at 60 characters.
fn compact(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}
