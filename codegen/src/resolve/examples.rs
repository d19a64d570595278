//! Documented examples against the members they use: every key a member, every value of the
//! member's type, the objects of a request with their required members,
//! a Tencent response in its `{"Response": {...}}` envelope; and members' own `example` and
//! `default` values against their type.
//!
//! An example is a test the generated code must pass, so a fault is an error. Where the
//! vendor's value has one faithful reading (`"10"` for an integer, `null` for an absent
//! member, a member the types do not have), the error carries it as a [`Repair`]: the
//! importer applies it to the vendor's example and reports it, instead of dropping the whole
//! example.

use sdk_shape::value::{json_word, misfit_word, Misfit, ValueType};
use serde_json::{Map, Value};

use super::Ctx;
use crate::error::{Repair, RepairKind};
use crate::ir::{self, Ty, TypeKind};
use crate::spec::{ExampleSpec, ProtocolSpec};

/// The members of one action an example is checked against.
pub(super) struct ActionMembers<'a> {
    pub input: &'a [ir::Member],
    pub output: &'a [ir::Member],
    pub types: &'a [ir::TypeDef],
}

/// Check one documented example (`p` is its pointer, `/examples/N`).
pub(super) fn check_example(
    ctx: &mut Ctx<'_>,
    protocol: ProtocolSpec,
    members: &ActionMembers<'_>,
    ex: &ExampleSpec,
    p: &str,
) {
    let types = members.types;
    if let Some(req) = &ex.request {
        let rp = format!("{p}/request");
        check_object(ctx, members.input, req, &rp, types);
        check_nested_required(ctx, members.input, req, &rp, types);
    }
    let (body, bp) = match protocol {
        ProtocolSpec::Tc3Json => {
            let inner = match &ex.response {
                Value::Object(o) if o.len() == 1 => o.get("Response"),
                _ => None,
            };
            let Some(inner) = inner else {
                let repair = envelope(&ex.response, members.output).map(|v| Repair {
                    kind: RepairKind::Envelope,
                    value: Some(v),
                });
                ctx.err_repairable(
                    format!("{p}/response"),
                    "a tc3-json response is an object with the single member `Response`",
                    repair,
                );
                return;
            };
            // An error answer documents the error, not the output members.
            if inner.get("Error").is_some_and(|e| !e.is_null()) {
                return;
            }
            (inner, format!("{p}/response/Response"))
        }
        ProtocolSpec::Acs3Rpc | ProtocolSpec::Acs3Roa => (&ex.response, format!("{p}/response")),
    };
    // Not checked for required members: a type an answer holds reads every member as
    // optional (`emit::model`), as the vendors' answers leave out members their requests
    // require.
    check_object(ctx, members.output, body, &bp, types);
}

/// The faithful envelope of a Tencent response that is not `{"Response": {...}}` alone: a
/// bare answer wrapped; beside `Response`, members of the output it lacks moved in, the rest
/// (nulls, the envelope's own `RequestId` or `Error` copies, members of no documented name)
/// dropped. `None` when `Response` is there but is not an object.
fn envelope(response: &Value, output: &[ir::Member]) -> Option<Value> {
    let Value::Object(outer) = response else {
        return None;
    };
    let mut inner = match outer.get("Response") {
        None => return Some(wrap(outer.clone())),
        Some(Value::Object(inner)) => inner.clone(),
        Some(_) => return None,
    };
    for (key, value) in outer {
        let documented = output.iter().any(|m| &m.wire == key);
        if key != "Response" && !value.is_null() && documented && !inner.contains_key(key) {
            inner.insert(key.clone(), value.clone());
        }
    }
    Some(wrap(inner))
}

fn wrap(inner: Map<String, Value>) -> Value {
    let mut outer = Map::new();
    outer.insert("Response".to_owned(), Value::Object(inner));
    Value::Object(outer)
}

/// Check a member's own `default` or `example` value (`fact`) against its type.
pub(super) fn check_member_value(ctx: &mut Ctx<'_>, member: &ir::Member, fact: &str, p: &str) {
    let value = match fact {
        "default" => member.default.as_ref(),
        _ => member.example.as_ref(),
    };
    let Some(value) = value else {
        return;
    };
    // A default is one value even for a list member (the default of each item).
    let list = member.list && fact == "example";
    let problem = if list {
        match value.as_array() {
            Some(items) => items.iter().find_map(|v| check_scalar(member, v).err()),
            None => Some(format!("expected a list, got {}", json_word(value))),
        }
    } else {
        check_scalar(member, value).err()
    };
    let Some(msg) = problem else {
        return;
    };
    // Each item read faithfully, or no reading at all.
    let reading = if list {
        value.as_array().and_then(|items| {
            let read: Option<Vec<(Value, RepairKind)>> =
                items.iter().map(|v| read_faithfully(member, v)).collect();
            let read = read?;
            let kind = read.first().map(|(_, k)| *k)?;
            Some((
                Value::Array(read.into_iter().map(|(v, _)| v).collect()),
                kind,
            ))
        })
    } else {
        read_faithfully(member, value)
    };
    let message = if fact == "default" {
        format!("default {value}: {msg}")
    } else {
        format!("example {value} contradicts the member's type: {msg}")
    };
    ctx.err_repairable(
        format!("{p}/{fact}"),
        message,
        reading.map(|(v, kind)| Repair {
            kind,
            value: Some(v),
        }),
    );
}

/// Check one (non-list) value against a member's type; objects are checked shallowly here
/// and deeply by [`check_object`]. What fits, and the words for it, are `sdk_shape::value`'s,
/// which the request and answer checks read too.
pub(super) fn check_scalar(m: &ir::Member, v: &Value) -> Result<(), String> {
    let vt = value_type(&m.ty);
    if vt.fit(v, None, None).is_err() {
        return Err(format!(
            "expected {}, got {}",
            vt.word(),
            misfit_word(vt, v)
        ));
    }
    if let Err(Misfit::OutOfRange(_)) = vt.fit(v, m.minimum, m.maximum) {
        let n = v.as_f64().unwrap_or_default();
        return Err(format!("{n} is outside the documented range"));
    }
    Ok(())
}

/// A member's type as a JSON value must fit it.
fn value_type(ty: &Ty) -> ValueType {
    match ty {
        Ty::String => ValueType::String,
        Ty::DateTime => ValueType::DateTime,
        Ty::Crontab => ValueType::Crontab,
        Ty::Enum(_) => ValueType::Enum,
        Ty::Boolean => ValueType::Boolean,
        Ty::Int32 => ValueType::Int32,
        Ty::Int64 => ValueType::Int64,
        Ty::Uint64 => ValueType::Uint64,
        Ty::Number => ValueType::Number,
        Ty::Json => ValueType::Json,
        Ty::Struct(_) => ValueType::Object,
    }
}

/// The value a scalar the member's type cannot read stands for, when it has exactly one
/// reading: a number or boolean written as a string (surrounding whitespace aside), or a
/// number or boolean where the member is a string. The reading must itself pass
/// [`check_scalar`] (a quoted number outside the documented range has none).
fn read_faithfully(m: &ir::Member, v: &Value) -> Option<(Value, RepairKind)> {
    let (read, kind) = match (&m.ty, v) {
        (
            Ty::String | Ty::DateTime | Ty::Crontab | Ty::Enum(_),
            Value::Number(_) | Value::Bool(_),
        ) => (Value::String(v.to_string()), RepairKind::Unquoted),
        (_, Value::String(s)) => {
            let s = s.trim();
            let read = match m.ty {
                Ty::Int64 | Ty::Int32 => s.parse::<i64>().ok().map(Value::from),
                Ty::Uint64 => s.parse::<u64>().ok().map(Value::from),
                Ty::Number => s
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite())
                    .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
                    // An integer stays an integer (`"3"` is 3, not 3.0).
                    .map(|n| s.parse::<i64>().map(Value::from).unwrap_or(n)),
                Ty::Boolean => match s.to_ascii_lowercase().as_str() {
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                },
                _ => None,
            }?;
            (read, RepairKind::Quoted)
        }
        _ => return None,
    };
    check_scalar(m, &read).ok()?;
    Some((read, kind))
}

/// Objects inside a documented request must have their required members: the request is
/// what the client sends (an object type is built with `new(required...)`), so a request
/// without them is not one the service documents as valid.
fn check_nested_required(
    ctx: &mut Ctx<'_>,
    members: &[ir::Member],
    value: &Value,
    p: &str,
    types: &[ir::TypeDef],
) {
    let Value::Object(object) = value else {
        return;
    };
    for m in members {
        let (Ty::Struct(i), Some(v)) = (&m.ty, object.get(&m.wire)) else {
            continue;
        };
        let TypeKind::Struct(sub) = &types[*i].kind else {
            continue;
        };
        let Some(items) = items(m, v, &format!("{p}/{}", escape(&m.wire))) else {
            continue;
        };
        for (ip, item) in items {
            let Value::Object(fields) = item else {
                continue;
            };
            for r in sub.iter().filter(|r| r.required) {
                if fields.get(&r.wire).is_none_or(Value::is_null) {
                    ctx.err(
                        &ip,
                        format!(
                            "example lacks `{}`, a required member of {}",
                            r.wire, types[*i].name
                        ),
                    );
                }
            }
            check_nested_required(ctx, sub, item, &ip, types);
        }
    }
}

/// Check an example object against members, recursively: every key must be a member, and
/// every value of the member's type. This is how a member missing from the spec is found.
fn check_object(
    ctx: &mut Ctx<'_>,
    members: &[ir::Member],
    value: &Value,
    p: &str,
    types: &[ir::TypeDef],
) {
    let Value::Object(object) = value else {
        ctx.err(p, format!("expected an object, got {}", json_word(value)));
        return;
    };
    for (key, v) in object {
        let kp = format!("{p}/{}", escape(key));
        let Some(m) = members.iter().find(|m| &m.wire == key) else {
            let hint = super::did_you_mean(key, members.iter().map(|m| m.wire.as_str()));
            ctx.err_repairable(
                &kp,
                format!("example member `{key}` is not in the spec{hint}"),
                Some(Repair {
                    kind: RepairKind::UnknownMember,
                    value: None,
                }),
            );
            continue;
        };
        if v.is_null() {
            if !m.nullable {
                ctx.err_repairable(
                    &kp,
                    format!("example has null for `{key}`, which is not documented as nullable"),
                    Some(Repair {
                        kind: RepairKind::Null,
                        value: None,
                    }),
                );
            }
            continue;
        }
        let Some(items) = items(m, v, &kp) else {
            ctx.err(&kp, format!("expected a list, got {}", json_word(v)));
            continue;
        };
        for (ip, item) in items {
            if let Err(msg) = check_scalar(m, item) {
                let repair = read_faithfully(m, item).map(|(value, kind)| Repair {
                    kind,
                    value: Some(value),
                });
                ctx.err_repairable(&ip, format!("example contradicts the spec: {msg}"), repair);
                continue;
            }
            if let Ty::Struct(t) = m.ty {
                if let TypeKind::Struct(sub) = &types[t].kind {
                    check_object(ctx, sub, item, &ip, types);
                }
            }
        }
    }
}

/// The values of a member's value `v` at pointer `p`, each with its pointer: the items of a
/// list member, the value itself otherwise; `None` when a list member's value is not a list.
fn items<'v>(m: &ir::Member, v: &'v Value, p: &str) -> Option<Vec<(String, &'v Value)>> {
    if !m.list {
        return Some(vec![(p.to_owned(), v)]);
    }
    let items = v.as_array()?.iter().enumerate();
    Some(items.map(|(i, x)| (format!("{p}/{i}"), x)).collect())
}

/// A key as a JSON pointer token (RFC 6901: `~` as `~0`, `/` as `~1`), so a repair finds
/// the member whatever its name.
fn escape(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains(['~', '/']) {
        key.replace('~', "~0").replace('/', "~1").into()
    } else {
        key.into()
    }
}
