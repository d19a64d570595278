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
            Ok(_) => return Ok(()),
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
        if faults.is_empty() {
            return Err(problems);
        }
        // Left out highest index first, so that removing one does not move the next.
        for (place, faults) in faults.into_iter().rev() {
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
    }
    codegen::resolve_loaded(vec![folder(spec)]).map(|_| ())
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
        _ => None,
    }
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
        Place::MemberFact { owner, .. } => match owner {
            Owner::Action(n) | Owner::Type(n) => touched.contains(n),
        },
    }
}

fn leave_out(spec: &mut Spec, place: &Place, why: &SpecError, log: &mut Log) {
    let what = match place {
        Place::MemberFact { fact, .. } => fact,
        Place::ActionExample { .. } => "example",
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
    match owner {
        Owner::Action(n) => spec.actions.get_mut(n).and_then(|a| match *list {
            "input" => a.input.get_mut(*index),
            _ => a.output.get_mut(*index),
        }),
        Owner::Type(n) => spec
            .types
            .get_mut(n)
            .and_then(|t| t.members.get_mut(*index)),
    }
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
