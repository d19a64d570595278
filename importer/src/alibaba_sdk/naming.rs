//! Names for the SDK's nested model classes. The package names them by concatenation
//! (`DescribeInvocationsResponseBodyInvocationsInvocation`); a Rust user wants the last
//! segment (`Invocation`). Each class's segment is its name without its parent's
//! (the class whose field first names it). Where classes of different shapes would take the
//! same name, the shape most of them have keeps it (on a tie, that of the class first in name
//! order) and the others are named after their action (`DescribeNodeNodeGroup`), then by
//! their whole path, then by their class name, until the names differ. Classes of the same shape share one
//! name, so the answer of two actions listing the same objects uses one type. Everything is
//! decided from the package alone, in a fixed order, so the names never depend on what was
//! imported before.

use std::collections::{BTreeMap, BTreeSet};

use super::models::ModelClass;
use super::python::Annotation;

/// The name of every class reached from `roots` (the action, and the request, headers or
/// answer body class whose fields are the action's members; a root class is named only
/// where a field names it).
pub fn names(
    classes: &BTreeMap<String, ModelClass>,
    roots: &[(String, String)],
) -> BTreeMap<String, String> {
    // Each class's path of segments, from the action that first reaches it.
    let mut chains: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (action, root) in roots {
        let mut todo = vec![(root.clone(), vec![action.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((class, chain)) = todo.pop() {
            if !seen.insert(class.clone()) {
                continue;
            }
            let Some(c) = classes.get(&class) else {
                continue;
            };
            // Fields in reverse so the stack takes them in order.
            for f in c.fields.iter().rev() {
                let Some(child) = f.annotation.as_ref().ok().and_then(model_of) else {
                    continue;
                };
                // A root class a field also names (`GetRun` answers a `Run`, which
                // `Experiment.LatestRun` holds) is a type too.
                if chains.contains_key(child) {
                    continue;
                }
                let mut path = chain.clone();
                path.push(segment(&class, child));
                chains.insert(child.to_owned(), path.clone());
                todo.push((child.to_owned(), path));
            }
        }
    }
    let mut keys = BTreeMap::new();
    for class in chains.keys() {
        shape(classes, class, &mut keys, &mut BTreeSet::new());
    }
    // Names the generator gives each action's request and answer: no type may take them
    // (a type named like an action is the generator's to rename).
    let reserved: BTreeSet<String> = roots
        .iter()
        .flat_map(|(a, _)| [format!("{a}Request"), format!("{a}Response")])
        .map(|n| n.to_ascii_lowercase())
        .collect();
    let mut level: BTreeMap<&str, usize> = chains.keys().map(|c| (c.as_str(), 0)).collect();
    loop {
        // Names that differ only in case collide in Rust's file and module names.
        let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (class, l) in &level {
            groups
                .entry(candidate(&chains[*class], class, *l).to_ascii_lowercase())
                .or_default()
                .push(class);
        }
        let mut taken = Vec::new();
        for (name, members) in &groups {
            if reserved.contains(name) {
                taken.extend(members.iter().copied());
            }
        }
        let mut losers = BTreeSet::new();
        for members in groups.values() {
            // The shape most classes have keeps the name (on a tie, that of the class first
            // in name order); the others take a longer one.
            let mut count: BTreeMap<&String, (usize, &str)> = BTreeMap::new();
            for c in members {
                let e = count.entry(&keys[*c]).or_insert((0, c));
                e.0 += 1;
                e.1 = e.1.min(c);
            }
            if count.len() < 2 {
                continue;
            }
            let winner = count
                .iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then_with(|| b.1 .1.cmp(a.1 .1)))
                .map(|(k, _)| *k)
                .expect("a group has members");
            losers.extend(members.iter().filter(|c| &keys[**c] != winner).copied());
        }
        losers.extend(taken);
        let mut changed = false;
        for class in losers {
            let l = level.get_mut(class).expect("every class has a level");
            if *l < LAST {
                *l += 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    level
        .iter()
        .map(|(class, l)| ((*class).to_owned(), candidate(&chains[*class], class, *l)))
        .collect()
}

/// The most specific name: the class's own.
const LAST: usize = 3;

/// A class's name at a level: its segment, the action's name and its segment, its whole
/// path, its class name.
fn candidate(chain: &[String], class: &str, level: usize) -> String {
    let seg = &chain[chain.len() - 1];
    match level {
        0 => seg.clone(),
        1 => format!("{}{seg}", chain[0]),
        2 => chain.concat(),
        _ => class.to_owned(),
    }
}

/// The class a field's annotation names as an object type of the spec (a list of it
/// counts; maps and lists of lists are `Json`).
pub fn model_of(a: &Annotation) -> Option<&str> {
    match a {
        Annotation::Model(c) => Some(c),
        Annotation::List(inner) => match inner.as_ref() {
            Annotation::Model(c) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// `child` without its parent's name (`XResponseBodyInvocations` under `XResponseBody` →
/// `Invocations`); the whole name when it does not start with it.
fn segment(parent: &str, child: &str) -> String {
    match child.strip_prefix(parent) {
        Some(s) if s.starts_with(|c: char| c.is_ascii_uppercase()) => s.to_owned(),
        _ => child.to_owned(),
    }
}

/// A class's shape: its members' wire names, lists and types, nested classes by shape.
fn shape(
    classes: &BTreeMap<String, ModelClass>,
    class: &str,
    keys: &mut BTreeMap<String, String>,
    open: &mut BTreeSet<String>,
) -> String {
    if let Some(k) = keys.get(class) {
        return k.clone();
    }
    if !open.insert(class.to_owned()) {
        return format!("<{class}>");
    }
    let mut key = String::from("{");
    for f in classes
        .get(class)
        .map(|c| c.fields.as_slice())
        .unwrap_or(&[])
    {
        key.push_str(f.wire.as_deref().unwrap_or(&f.py));
        key.push(':');
        match &f.annotation {
            Ok(a) => match model_of(a) {
                Some(child) => {
                    if matches!(a, Annotation::List(_)) {
                        key.push_str("[]");
                    }
                    key.push_str(&shape(classes, child, keys, open));
                }
                None => key.push_str(&format!("{a:?}")),
            },
            Err(e) => key.push_str(e),
        }
        key.push(',');
    }
    key.push('}');
    open.remove(class);
    keys.insert(class.to_owned(), key.clone());
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alibaba_sdk::models;

    fn class(name: &str, fields: &[(&str, &str)]) -> String {
        let mut s = format!("class {name}(DaraModel):\n    def __init__(\n        self,\n");
        for (py, ann) in fields {
            s += &format!("        {py}: {ann} = None,\n");
        }
        s += "    ):\n";
        for (py, _) in fields {
            s += &format!("        self.{py} = {py}\n");
        }
        s += "\n    def to_map(self):\n        result = dict()\n";
        for (py, _) in fields {
            s += &format!(
                "        if self.{py} is not None:\n            result['{}'] = self.{py}\n",
                crate::alibaba_sdk::python::pascal(py)
            );
        }
        s
    }

    #[test]
    fn last_segments_longer_only_where_shapes_differ() {
        let text = [
            class(
                "AResponseBody",
                &[
                    ("node_group", "main_models.AResponseBodyNodeGroup"),
                    ("items", "List[main_models.AResponseBodyItems]"),
                ],
            ),
            class("AResponseBodyNodeGroup", &[("id", "str")]),
            class(
                "AResponseBodyItems",
                &[("tag", "main_models.AResponseBodyItemsTag")],
            ),
            class("AResponseBodyItemsTag", &[("key", "str")]),
            class(
                "BResponseBody",
                &[
                    ("node_group", "main_models.BResponseBodyNodeGroup"),
                    ("tag", "main_models.BResponseBodyTag"),
                ],
            ),
            class("BResponseBodyNodeGroup", &[("id", "int")]),
            class("BResponseBodyTag", &[("key", "str")]),
        ]
        .join("\n");
        let mut classes = BTreeMap::new();
        models::read("m.py", &text, &mut classes);
        let roots = [
            ("A".to_owned(), "AResponseBody".to_owned()),
            ("B".to_owned(), "BResponseBody".to_owned()),
        ];
        let names = names(&classes, &roots);
        let got: Vec<(&str, &str)> = names
            .iter()
            .map(|(c, n)| (c.as_str(), n.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("AResponseBodyItems", "Items"),
                ("AResponseBodyItemsTag", "Tag"),
                ("AResponseBodyNodeGroup", "NodeGroup"),
                ("BResponseBodyNodeGroup", "BNodeGroup"),
                ("BResponseBodyTag", "Tag"),
            ]
        );
    }

    #[test]
    fn names_that_differ_only_in_case_are_kept_apart() {
        let text = [
            class(
                "AResponseBody",
                &[
                    ("response", "main_models.AResponseBodyResponse"),
                    ("db", "main_models.AResponseBodyDBInstance"),
                ],
            ),
            class("AResponseBodyResponse", &[("id", "str")]),
            class("AResponseBodyDBInstance", &[("id", "str")]),
            class(
                "BResponseBody",
                &[("db", "main_models.BResponseBodyDbInstance")],
            ),
            class("BResponseBodyDbInstance", &[("id", "int")]),
        ]
        .join("\n");
        let mut classes = BTreeMap::new();
        models::read("m.py", &text, &mut classes);
        let roots = [
            ("A".to_owned(), "AResponseBody".to_owned()),
            ("B".to_owned(), "BResponseBody".to_owned()),
        ];
        let names = names(&classes, &roots);
        assert_eq!(names["AResponseBodyResponse"], "Response");
        assert_eq!(names["AResponseBodyDBInstance"], "DBInstance");
        assert_eq!(names["BResponseBodyDbInstance"], "BDbInstance");
    }
}
