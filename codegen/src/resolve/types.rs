//! Data types and members: enum values as variants, members with their Rust types, limits,
//! formats and documented values checked, curated types' member lists, file names.

use std::collections::{HashMap, HashSet};

use crate::error::{did_you_mean, SpecError};
use crate::ir::{self, Ty};
use crate::naming;
use crate::spec::{ActionFile, FormatSpec, MemberPlace, MemberSpec, TypeFile};

use super::{examples, Ctx, PRIMITIVES};

/// A curated type names the members that have it (`Action.input.Member`,
/// `Action.output.Member`, `Type.Member`): each must exist and have that type, or an import
/// would point a member at it that the file does not know of.
pub(super) fn check_curated(
    types: &[(String, TypeFile)],
    actions: &[(String, ActionFile)],
    errors: &mut Vec<SpecError>,
) {
    for (path, t) in types {
        let Some(curated) = &t.curated else {
            continue;
        };
        for (k, place) in curated.members.iter().enumerate() {
            let action = |n: &str| actions.iter().map(|(_, a)| a).find(|a| a.name == n);
            let member = match MemberPlace::parse(place) {
                Some(MemberPlace::Input(a, name)) => {
                    action(a).map(|a| a.input.iter().find(|m| m.name == name))
                }
                Some(MemberPlace::Output(a, name)) => {
                    action(a).map(|a| a.output.iter().find(|m| m.name == name))
                }
                Some(MemberPlace::Type(ty, name)) => types
                    .iter()
                    .find(|(_, o)| o.name == ty)
                    .map(|(_, o)| o.members.iter().find(|m| m.name == name)),
                None => {
                    errors.push(SpecError::new(
                        path,
                        format!("/curated/members/{k}"),
                        format!("`{place}` is not `Action.input.Member`, `Action.output.Member` or `Type.Member`"),
                    ));
                    continue;
                }
            };
            let problem = match member {
                None => Some(format!("`{place}`: no such action or type")),
                Some(None) => Some(format!("`{place}`: no such member")),
                Some(Some(m)) if m.ty != t.name => {
                    Some(format!("`{place}` has type `{}`, not `{}`", m.ty, t.name))
                }
                Some(Some(_)) => None,
            };
            if let Some(message) = problem {
                errors.push(SpecError::new(
                    path,
                    format!("/curated/members/{k}"),
                    message,
                ));
            }
        }
    }
}

pub(super) fn check_file_name(path: &str, name: &str, errors: &mut Vec<SpecError>) {
    let stem = path
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".json"))
        .unwrap_or_default();
    if stem != name {
        errors.push(SpecError::new(
            path,
            "/name",
            format!("name `{name}` does not match the file name `{stem}.json`"),
        ));
    }
}

pub(super) fn resolve_variants(ctx: &mut Ctx<'_>, t: &TypeFile) -> Vec<ir::Variant> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, v) in t.values.iter().enumerate() {
        let ident = naming::camel(&v.value);
        let pointer = format!("/values/{i}/value");
        if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
            ctx.err(
                &pointer,
                format!("enum value {:?} gives no Rust variant name", v.value),
            );
            continue;
        }
        // `Unknown(raw)` holds undocumented values; a documented `Unknown` is
        // `UnknownValue`, as aws-sdk-rust names it.
        // `Self` is a keyword that cannot be raw: `SelfValue` likewise.
        let mut ident = if ident == "Unknown" || ident == "Self" {
            format!("{ident}Value")
        } else {
            ident
        };
        if let Some(&j) = seen.get(&ident) {
            if t.values[j].value != v.value {
                // Values that differ only in case or punctuation (`a-b`, `A_B`) are distinct:
                // the later one is numbered, in the order of the spec.
                ident = (2..)
                    .map(|n| format!("{ident}{n}"))
                    .find(|c| !seen.contains_key(c))
                    .expect("an unused number");
            }
        }
        if let Some(j) = seen.insert(ident.clone(), i) {
            ctx.err(
                &pointer,
                format!(
                    "enum value {:?} collides with value {:?} (/values/{j}) as variant `{ident}`",
                    v.value, t.values[j].value
                ),
            );
            continue;
        }
        out.push(ir::Variant {
            wire: v.value.clone(),
            ident,
            description: ctx.doc(
                &format!("/values/{i}"),
                "description",
                &v.description,
                &v.description_en,
                &v.description_zh,
            ),
        });
    }
    out
}

pub(super) fn resolve_members(
    ctx: &mut Ctx<'_>,
    members: &[MemberSpec],
    base: &str,
) -> Vec<ir::Member> {
    let mut out = Vec::new();
    let mut by_snake: HashMap<String, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        let p = format!("{base}/{i}");
        if let Err(msg) = naming::check_wire_name(&m.name) {
            ctx.err(format!("{p}/name"), msg);
            continue;
        }
        let mut snake = naming::snake(&m.name);
        if let Some(&j) = by_snake.get(&snake) {
            if members[j].name == m.name {
                ctx.err(
                    format!("{p}/name"),
                    format!("duplicate member `{}` (also {base}/{j})", m.name),
                );
                continue;
            }
            // Wire names that differ only in case (`RequestId`, `RequestID`) are distinct
            // members: the later one is numbered, in the order of the spec.
            snake = (2..)
                .map(|n| format!("{snake}_{n}"))
                .find(|c| !by_snake.contains_key(c))
                .expect("an unused number");
        }
        by_snake.insert(snake.clone(), i);
        let field = match naming::field_ident(&snake) {
            Ok(f) => f,
            Err(msg) => {
                ctx.err(format!("{p}/name"), msg);
                continue;
            }
        };
        // Methods are named like the field where the field is not a raw identifier
        // (`self_` for a member `Self`).
        let kebab = snake.replace('_', "-");
        if !field.starts_with("r#") {
            snake.clone_from(&field);
        }
        let Some(ty) = resolve_type(ctx, m, &p) else {
            continue;
        };
        if m.max_items.is_some() && !m.list {
            ctx.err(format!("{p}/max_items"), "max_items needs `\"list\": true`");
        }
        let numeric = matches!(ty, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number);
        if (m.minimum.is_some() || m.maximum.is_some()) && !numeric {
            ctx.err(
                format!("{p}/minimum"),
                "minimum/maximum apply to Integer and Number members only",
            );
        }
        if let (Some(lo), Some(hi)) = (m.minimum, m.maximum) {
            if lo > hi {
                ctx.err(
                    format!("{p}/minimum"),
                    format!("minimum {lo} is greater than maximum {hi}"),
                );
            }
        }
        if m.base64 && ty != Ty::String {
            ctx.err(
                format!("{p}/base64"),
                "base64 applies to String members only",
            );
        }
        let filters = m.filters.as_ref().map(|f| {
            if !(m.list && matches!(ty, Ty::Struct(_))) {
                ctx.err(
                    format!("{p}/filters"),
                    "filters apply to a list of an object type (such as Filter)",
                );
            }
            let mut seen = HashMap::new();
            let mut items: HashSet<naming::FilterItem> = HashSet::new();
            let mut names = Vec::with_capacity(f.names.len());
            for (k, n) in f.names.iter().enumerate() {
                let pointer = format!("{p}/filters/names/{k}/name");
                if seen.insert(n.name.as_str(), k).is_some() {
                    ctx.err(&pointer, format!("duplicate filter name `{}`", n.name));
                    continue;
                }
                // Each name becomes a constant (or a function, for `tag:tag-key`) of the
                // action's `filters` module; names the vendor spells two ways (`LanIp` and
                // `lan-ip`) get numbered items, as colliding members do.
                let item = match naming::filter_item(&n.name) {
                    Ok(item) => (1..)
                        .map(|i| item.numbered(i))
                        .find(|item| !items.contains(item))
                        .expect("a free number"),
                    Err(message) => {
                        ctx.err(&pointer, message);
                        continue;
                    }
                };
                items.insert(item.clone());
                let description = ctx.doc(
                    &format!("{p}/filters/names/{k}"),
                    "description",
                    &n.description,
                    &n.description_en,
                    &n.description_zh,
                );
                names.push(ir::FilterName {
                    wire: n.name.clone(),
                    item,
                    description,
                });
            }
            ir::Filters {
                max_values: f.max_values,
                names,
            }
        });
        let member = ir::Member {
            wire: m.name.clone(),
            field,
            snake,
            kebab,
            ty,
            list: m.list,
            required: m.required,
            nullable: m.nullable,
            base64: m.base64,
            description: ctx.doc(
                &p,
                "description",
                &m.description,
                &m.description_en,
                &m.description_zh,
            ),
            default: m.default.clone(),
            minimum: m.minimum,
            maximum: m.maximum,
            max_items: m.max_items,
            filters,
            example: m.example.clone(),
            location: m.location,
            style: m.style,
        };
        examples::check_member_value(ctx, &member, "default", &p);
        examples::check_member_value(ctx, &member, "example", &p);
        out.push(member);
    }
    out
}

fn resolve_type(ctx: &mut Ctx<'_>, m: &MemberSpec, p: &str) -> Option<Ty> {
    let ty = match (m.ty.as_str(), m.format) {
        ("String", None) => Ty::String,
        ("String", Some(FormatSpec::DateTime)) => Ty::DateTime,
        // Binary values travel as JSON strings; the format is kept for the docs.
        ("String", Some(FormatSpec::Binary)) => Ty::String,
        ("Number", None | Some(FormatSpec::Float | FormatSpec::Double)) => Ty::Number,
        ("String", Some(FormatSpec::Crontab)) => Ty::Crontab,
        ("Integer", None | Some(FormatSpec::Int64)) => Ty::Int64,
        ("Integer", Some(FormatSpec::Int32)) => Ty::Int32,
        ("Integer", Some(FormatSpec::Uint64)) => Ty::Uint64,
        ("Boolean", None) => Ty::Boolean,
        ("Json", None) => Ty::Json,
        (prim @ ("String" | "Integer" | "Number" | "Boolean" | "Json"), Some(f)) => {
            ctx.err(
                format!("{p}/format"),
                format!("format {f:?} does not apply to {prim}"),
            );
            return None;
        }
        (name, format) => match ctx.types.get(name) {
            Some(&(index, is_enum)) => {
                if format.is_some() {
                    ctx.err(
                        format!("{p}/format"),
                        format!("format does not apply to type `{name}`"),
                    );
                    return None;
                }
                if is_enum {
                    Ty::Enum(index)
                } else {
                    Ty::Struct(index)
                }
            }
            None if ctx.broken.iter().any(|b| b == name) => return None,
            None => {
                let candidates = PRIMITIVES
                    .iter()
                    .copied()
                    .chain(ctx.types.keys().map(String::as_str));
                let hint = did_you_mean(name, candidates);
                ctx.err(
                    format!("{p}/type"),
                    format!("unknown type \"{name}\"{hint}"),
                );
                return None;
            }
        },
    };
    Some(ty)
}
