//! Facts the spec does not state but the output needs, derived from what it does: which
//! actions page (`Offset`/`Limit`/`TotalCount` and one list), which serde direction each type
//! needs (reached by a request, by an answer), and the crate names of older versions.

use std::collections::HashMap;

use crate::ir::{self, Ty, TypeKind};

/// The newest version of a service keeps the plain crate names (`yunsou-model`); older
/// versions the spec also has get their version in the name (`yunsou-v20180504-model`), as
/// the vendors' SDKs keep one module per version.
pub(super) fn name_crates(services: &mut [ir::Service]) {
    let mut newest: HashMap<String, String> = HashMap::new();
    for s in services.iter() {
        let v = newest.entry(s.name.clone()).or_default();
        if s.version > *v {
            *v = s.version.clone();
        }
    }
    for s in services.iter_mut() {
        s.newest = newest.get(&s.name) == Some(&s.version);
        if !s.newest {
            s.crate_name = format!("{}-v{}", s.name, s.version.replace('-', ""));
            s.snake = s.crate_name.replace('-', "_");
        }
    }
}

pub(super) fn derive_pagination(
    input: &[ir::Member],
    output: &[ir::Member],
) -> Option<ir::Pagination> {
    let int = |m: &ir::Member| !m.list && matches!(m.ty, Ty::Int64 | Ty::Uint64 | Ty::Int32);
    let find = |ms: &[ir::Member], name: &str| ms.iter().position(|m| m.wire == name && int(m));
    let offset = find(input, "Offset")?;
    find(input, "Limit")?;
    let total = output
        .iter()
        .position(|m| m.wire == "TotalCount" && int(m))?;
    let lists: Vec<usize> = output
        .iter()
        .enumerate()
        .filter(|(_, m)| m.list && matches!(m.ty, Ty::Struct(_)))
        .map(|(i, _)| i)
        .collect();
    match lists.as_slice() {
        [items] => Some(ir::Pagination {
            offset,
            items: *items,
            total,
        }),
        _ => None,
    }
}

pub(super) fn mark_reachable(types: &mut [ir::TypeDef], actions: &[ir::Action]) {
    fn visit(types: &mut [ir::TypeDef], members: &[ir::Member], input: bool) {
        for m in members {
            if let Ty::Struct(i) | Ty::Enum(i) = m.ty {
                let seen = if input {
                    types[i].in_input
                } else {
                    types[i].in_output
                };
                if seen {
                    continue;
                }
                if input {
                    types[i].in_input = true;
                } else {
                    types[i].in_output = true;
                }
                if let TypeKind::Struct(sub) = types[i].kind.clone() {
                    visit(types, &sub, input);
                }
            }
        }
    }
    for a in actions {
        visit(types, &a.input, true);
        visit(types, &a.output, false);
    }
}
