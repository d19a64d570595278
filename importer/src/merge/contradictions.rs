//! Vendor examples (and member defaults) that contradict the vendor's own types are left
//! out, each with a report line saying why.
//!
//! Tencent's metadata has examples with `"10"` for an integer `Limit`, `null` for members
//! not documented as nullable, and members the types do not have. The generator refuses such
//! examples (an example is a test), so an import that kept them would give a spec that does
//! not generate. The judge is the generator's own validation (`codegen::resolve`): the
//! examples it names are removed, the rest kept, until it names none. Only the actions and
//! types the import touched are repaired; examples written by hand elsewhere stay as they are.

use std::collections::BTreeSet;

use codegen::load::LoadedService;
use codegen::SpecErrors;

use crate::merge::{Log, Spec};

/// How each report line of a left-out example or default ends (what counts them).
pub const LEFT_OUT: &str = "is left out (its own types contradict it)";

/// An example the generator named: where it sits, and why it was refused.
enum Refused {
    /// `examples[index]` of an action.
    ActionExample { action: String, index: usize },
    /// The `example` or `default` of a member of an action (`input` or `output`) or of a
    /// type.
    MemberFact {
        file: Owner,
        list: &'static str,
        index: usize,
        fact: &'static str,
    },
}

enum Owner {
    Action(String),
    Type(String),
}

/// Remove the examples of `touched` actions and types that the generator refuses, logging
/// each. `folder` gives the service folder as the generator's loader reads it, from the spec
/// as it stands. Returns what the generator still finds wrong with the folder (nothing:
/// `Ok`).
pub fn leave_out(
    spec: &mut Spec,
    dir: &str,
    touched: &BTreeSet<String>,
    folder: impl Fn(&Spec) -> LoadedService,
    log: &mut Log,
) -> Result<(), SpecErrors> {
    // Removing an example can uncover another problem only in later checks; two rounds
    // are enough in practice, a few more cost little.
    for _ in 0..4 {
        let problems = match codegen::resolve_loaded(vec![folder(spec)]) {
            Ok(_) => return Ok(()),
            Err(problems) => problems,
        };
        let mut refused: Vec<(Refused, String)> = Vec::new();
        for p in &problems.0 {
            let Some(rel) = p.file.strip_prefix(dir).and_then(|r| r.strip_prefix('/')) else {
                continue;
            };
            if let Some(r) = locate(rel, &p.pointer).filter(|r| is_touched(r, touched)) {
                refused.push((r, format!("{}: {}: {}", p.file, p.pointer, p.message)));
            }
        }
        if refused.is_empty() {
            return Err(problems);
        }
        // Highest index first, so that removing one does not move the next.
        refused.sort_by_key(|(r, _)| std::cmp::Reverse(index_of(r)));
        let mut done = BTreeSet::new();
        for (r, why) in refused {
            if !done.insert(key(&r)) {
                continue;
            }
            let what = match &r {
                Refused::MemberFact { fact, .. } => fact,
                Refused::ActionExample { .. } => "example",
            };
            if remove(spec, &r) {
                log.say(format!("{why}; the vendor's {what} {LEFT_OUT}"));
            }
        }
    }
    codegen::resolve_loaded(vec![folder(spec)]).map(|_| ())
}

fn locate(rel: &str, pointer: &str) -> Option<Refused> {
    let (kind, name) = rel.strip_suffix(".json")?.split_once('/')?;
    let mut parts = pointer.trim_start_matches('/').split('/');
    let first = parts.next()?;
    let index: usize = parts.next()?.parse().ok()?;
    let third = parts.next();
    match (kind, first, third) {
        ("actions", "examples", _) => Some(Refused::ActionExample {
            action: name.to_owned(),
            index,
        }),
        ("actions", list @ ("input" | "output"), Some(fact @ ("example" | "default"))) => {
            Some(Refused::MemberFact {
                file: Owner::Action(name.to_owned()),
                list: if list == "input" { "input" } else { "output" },
                index,
                fact: fact_name(fact),
            })
        }
        ("types", "members", Some(fact @ ("example" | "default"))) => Some(Refused::MemberFact {
            file: Owner::Type(name.to_owned()),
            list: "members",
            index,
            fact: fact_name(fact),
        }),
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

fn is_touched(r: &Refused, touched: &BTreeSet<String>) -> bool {
    match r {
        Refused::ActionExample { action, .. } => touched.contains(action),
        Refused::MemberFact { file, .. } => match file {
            Owner::Action(n) | Owner::Type(n) => touched.contains(n),
        },
    }
}

fn index_of(r: &Refused) -> usize {
    match r {
        Refused::ActionExample { index, .. } | Refused::MemberFact { index, .. } => *index,
    }
}

fn key(r: &Refused) -> String {
    match r {
        Refused::ActionExample { action, index } => format!("a/{action}/{index}"),
        Refused::MemberFact {
            file,
            list,
            index,
            fact,
        } => match file {
            Owner::Action(n) => format!("m/{n}/{list}/{index}/{fact}"),
            Owner::Type(n) => format!("t/{n}/{index}/{fact}"),
        },
    }
}

fn remove(spec: &mut Spec, r: &Refused) -> bool {
    match r {
        Refused::ActionExample { action, index } => {
            match spec.actions.get_mut(action).map(|a| &mut a.examples) {
                Some(examples) if *index < examples.len() => {
                    examples.remove(*index);
                    true
                }
                _ => false,
            }
        }
        Refused::MemberFact {
            file,
            list,
            index,
            fact,
        } => {
            let member = match file {
                Owner::Action(n) => spec.actions.get_mut(n).and_then(|a| match *list {
                    "input" => a.input.get_mut(*index),
                    _ => a.output.get_mut(*index),
                }),
                Owner::Type(n) => spec
                    .types
                    .get_mut(n)
                    .and_then(|t| t.members.get_mut(*index)),
            };
            member
                .and_then(|m| match *fact {
                    "default" => m.default.take(),
                    _ => m.example.take(),
                })
                .is_some()
        }
    }
}
