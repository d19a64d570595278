//! Error codes: each list of the spec checked on its own (`common_errors`, `service_errors`,
//! an action's `errors`), then the one set a service's `ErrorCode` enum holds: every code of
//! those lists once, and the families their dotted prefixes make (`ErrorFamily`).
//!
//! One enum per service rather than one per action: the vendor documents most codes for the
//! whole service, so per-action enums were copies of the same variants.

use std::collections::{BTreeMap, HashMap};

use crate::error::SpecError;
use crate::ir;
use crate::naming;
use crate::spec::ErrorSpec;

/// Names the model crate's root takes for the service's error enums.
pub const RESERVED: &[&str] = &["ErrorCode", "ErrorFamily"];

/// Why a type or action may not be named `name`, if it may not.
pub fn reserved(name: &str, what: &str) -> Option<String> {
    RESERVED.contains(&name).then(|| {
        format!(
            "`{name}` is the name of the service's shared error enum in the model crate; rename the {what}"
        )
    })
}

/// The codes of one list, checked: a Rust variant name each, `Unknown` left for undocumented
/// codes, no two alike. Codes with a problem are reported and left out.
pub fn resolve_list(
    file: &str,
    base: &str,
    specs: &[ErrorSpec],
    language: &str,
    errors: &mut Vec<SpecError>,
) -> Vec<ir::ErrorCode> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, e) in specs.iter().enumerate() {
        let p = format!("{base}/{i}/code");
        let variant = naming::camel(&e.code);
        if variant.is_empty() || variant.starts_with(|ch: char| ch.is_ascii_digit()) {
            errors.push(SpecError::new(
                file,
                p,
                format!("error code {:?} gives no Rust variant name", e.code),
            ));
            continue;
        }
        if variant == "Unknown" {
            errors.push(SpecError::new(
                file,
                p,
                "`Unknown` is reserved for codes not in the documentation",
            ));
            continue;
        }
        if let Some(j) = seen.insert(variant.clone(), i) {
            let message = if specs[j].code == e.code {
                format!("duplicate error code `{}` (also {base}/{j})", e.code)
            } else {
                format!(
                    "error code `{}` collides with `{}` ({base}/{j}) as `{variant}`",
                    e.code, specs[j].code
                )
            };
            errors.push(SpecError::new(file, p, message));
            continue;
        }
        out.push(ir::ErrorCode {
            code: e.code.clone(),
            variant,
            description: ir::Doc::both(
                e.description_in(language, "en"),
                e.description_in(language, "zh"),
            ),
            pointer: p,
        });
    }
    out
}

/// Which list a code comes from.
enum From<'a> {
    Service,
    Common,
    Action(&'a str),
}

/// The service's codes, once each and sorted by code, and their families. The description is
/// the service's own, else the common one, else the first page's (by action name): the
/// service's list is in English and names the service's meaning of a shared code.
pub fn union(
    service_file: &str,
    common: &[ir::ErrorCode],
    service: &[ir::ErrorCode],
    actions: &[ir::Action],
    errors: &mut Vec<SpecError>,
) -> (Vec<ir::ServiceCode>, Vec<ir::Family>) {
    let mut lists: Vec<(&str, &ir::ErrorCode, From<'_>)> = Vec::new();
    lists.extend(service.iter().map(|c| (service_file, c, From::Service)));
    lists.extend(common.iter().map(|c| (service_file, c, From::Common)));
    for a in actions {
        lists.extend(
            a.errors
                .iter()
                .map(|c| (a.file.as_str(), c, From::Action(&a.name))),
        );
    }
    let mut codes: BTreeMap<String, ir::ServiceCode> = BTreeMap::new();
    // Variant → (code, file and pointer where it was first named).
    let mut variants: HashMap<String, (String, &str, &str)> = HashMap::new();
    for (file, c, from) in &lists {
        match variants.get(&c.variant) {
            Some((other, at_file, at)) if *other != c.code => {
                errors.push(SpecError::new(
                    file,
                    c.pointer.clone(),
                    format!(
                        "error code `{}` collides with `{other}` ({at_file} {at}) as variant `{}` of the service's ErrorCode",
                        c.code, c.variant
                    ),
                ));
                continue;
            }
            Some(_) => {}
            None => {
                variants.insert(c.variant.clone(), (c.code.clone(), file, &c.pointer));
            }
        }
        let entry = codes
            .entry(c.code.clone())
            .or_insert_with(|| ir::ServiceCode {
                code: c.code.clone(),
                variant: c.variant.clone(),
                description: c.description.clone(),
                family: 0,
                common: false,
                service: false,
                actions: Vec::new(),
            });
        // A language the first list lacks is taken from the next that has it.
        if entry.description.en.is_empty() {
            entry.description.en.clone_from(&c.description.en);
        }
        if entry.description.zh.is_empty() {
            entry.description.zh.clone_from(&c.description.zh);
        }
        match from {
            From::Service => entry.service = true,
            From::Common => entry.common = true,
            From::Action(name) => entry.actions.push((*name).to_owned()),
        }
    }
    let mut codes: Vec<ir::ServiceCode> = codes.into_values().collect();

    // Families, by prefix; a prefix whose variant another prefix already has is an error.
    let mut prefixes: BTreeMap<String, String> = BTreeMap::new();
    let mut family_variants: HashMap<String, String> = HashMap::new();
    for c in &codes {
        let prefix = family_of(&c.code);
        if prefixes.contains_key(prefix) {
            continue;
        }
        let variant = naming::camel(prefix);
        let (file, pointer) = variants
            .get(&c.variant)
            .map(|(_, f, p)| (*f, *p))
            .unwrap_or_default();
        let problem = if variant.is_empty() || variant.starts_with(|ch: char| ch.is_ascii_digit()) {
            Some(format!(
                "error code `{}` gives no Rust name for its family `{prefix}`",
                c.code
            ))
        } else if variant == "Unknown" {
            Some(format!(
                "error code `{}`: the family `Unknown` is reserved for families not in the documentation",
                c.code
            ))
        } else {
            family_variants.get(&variant).map(|other| {
                format!(
                    "error code `{}`: its family `{prefix}` collides with the family `{other}` as variant `{variant}` of the service's ErrorFamily",
                    c.code
                )
            })
        };
        if let Some(message) = problem {
            errors.push(SpecError::new(file, pointer, message));
            continue;
        }
        family_variants.insert(variant.clone(), prefix.to_owned());
        prefixes.insert(prefix.to_owned(), variant);
    }
    let families: Vec<ir::Family> = prefixes
        .into_iter()
        .map(|(prefix, variant)| ir::Family { prefix, variant })
        .collect();
    for c in &mut codes {
        let prefix = family_of(&c.code);
        c.family = families
            .iter()
            .position(|f| f.prefix == prefix)
            .unwrap_or_default();
    }
    (codes, families)
}

/// The family of a code: what comes before its first dot, or the whole code.
pub fn family_of(code: &str) -> &str {
    code.split_once('.').map_or(code, |(family, _)| family)
}
