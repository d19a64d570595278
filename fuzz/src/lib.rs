//! Helpers shared by the fuzz targets: the action list every target picks from, a
//! shape-guided request generator, and the normalisation the form round trip compares under.
//!
//! Input layouts are kept simple and byte-oriented so `seed.py` can write seeds from the
//! documented examples: a target that needs an action takes it from the first byte, as an
//! index into [`actions`] (services by name, then actions by name).

use arbitrary::{Result, Unstructured};
use sdk_shape::{ActionShape, Kind, MemberShape, ServiceShape};
use serde_json::{Map, Number, Value};

/// Every generated service, sorted by name.
pub fn services() -> Vec<&'static ServiceShape> {
    let mut all = vec![&tat_model::SERVICE, &eflo_controller_model::SERVICE];
    all.sort_by_key(|s| s.name);
    all
}

/// Every action of every service: services by name, then actions by name. `seed.py` uses
/// the same order to write the selector byte.
pub fn actions() -> Vec<(&'static ServiceShape, &'static ActionShape)> {
    let mut out = Vec::new();
    for service in services() {
        let mut actions: Vec<&'static ActionShape> = service.actions.to_vec();
        actions.sort_by_key(|a| a.name);
        out.extend(actions.into_iter().map(|a| (service, a)));
    }
    out
}

/// The action selected by `data[0]`, and the rest of the input.
pub fn pick(data: &[u8]) -> Option<((&'static ServiceShape, &'static ActionShape), &[u8])> {
    let (&first, rest) = data.split_first()?;
    let all = actions();
    Some((all[first as usize % all.len()], rest))
}

/// Strings the generator favours: documented enum values and filter names come from the
/// shapes; these add the characters the form encoding must escape.
const AWKWARD: &[&str] = &[
    "", " ", "+", "%", "%20", "&", "=", ".", "a.b", "1", "-1", "true", "True", "测试", "~*'()",
    "\u{0}", "\n", "a+b c",
];

fn string(u: &mut Unstructured<'_>) -> Result<String> {
    if u.ratio(1, 2)? {
        Ok((*u.choose(AWKWARD)?).to_owned())
    } else {
        u.arbitrary()
    }
}

/// A request object for `members` (the input of an action or the members of a struct):
/// mostly documented members with values of their documented kind, sometimes a wrong type
/// or an undocumented key, so both valid and invalid requests come out.
pub fn request(u: &mut Unstructured<'_>, members: &[MemberShape], depth: u32) -> Result<Value> {
    let mut object = Map::new();
    for member in members {
        if u.ratio(1, 2)? {
            object.insert(member.name.to_owned(), member_value(u, member, depth)?);
        }
    }
    if u.ratio(1, 16)? {
        object.insert(string(u)?, any_json(u, depth)?);
    }
    Ok(Value::Object(object))
}

fn member_value(u: &mut Unstructured<'_>, member: &MemberShape, depth: u32) -> Result<Value> {
    if u.ratio(1, 32)? {
        return any_json(u, depth);
    }
    if !member.list {
        return kind_value(u, member, depth);
    }
    let len = u.int_in_range(0..=4)?;
    let mut items = Vec::with_capacity(len);
    for _ in 0..len {
        items.push(kind_value(u, member, depth)?);
    }
    Ok(Value::Array(items))
}

fn kind_value(u: &mut Unstructured<'_>, member: &MemberShape, depth: u32) -> Result<Value> {
    Ok(match member.kind {
        Kind::String | Kind::DateTime | Kind::Crontab | Kind::Json => Value::String(string(u)?),
        Kind::Enum(shape) => {
            if !shape.values.is_empty() && u.ratio(3, 4)? {
                Value::String(u.choose(shape.values)?.value.to_owned())
            } else {
                Value::String(string(u)?)
            }
        }
        Kind::Boolean => Value::Bool(u.arbitrary()?),
        Kind::Int32 => Value::from(u.arbitrary::<i32>()?),
        Kind::Int64 => Value::from(u.arbitrary::<i64>()?),
        Kind::Uint64 => Value::Number(Number::from(u.arbitrary::<u64>()?)),
        Kind::Number => Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        Kind::Struct(shape) => {
            if depth > 4 {
                Value::Object(Map::new())
            } else if shape.name == "Filter" && u.ratio(1, 2)? {
                filter(u, member)?
            } else {
                request(u, shape.members, depth + 1)?
            }
        }
    })
}

/// A `{"Name", "Values"}` filter with a documented name (usually).
fn filter(u: &mut Unstructured<'_>, member: &MemberShape) -> Result<Value> {
    let name = match member.filter {
        Some(f) if !f.names.is_empty() && u.ratio(3, 4)? => u.choose(f.names)?.name.to_owned(),
        _ => string(u)?,
    };
    let len = u.int_in_range(0..=3)?;
    let mut values = Vec::with_capacity(len);
    for _ in 0..len {
        values.push(Value::String(string(u)?));
    }
    let mut object = Map::new();
    object.insert("Name".to_owned(), Value::String(name));
    object.insert("Values".to_owned(), Value::Array(values));
    Ok(Value::Object(object))
}

/// Any JSON value, small.
pub fn any_json(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    let choice = if depth > 3 {
        u.int_in_range(0..=4)?
    } else {
        u.int_in_range(0..=6)?
    };
    Ok(match choice {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        4 => Value::String(string(u)?),
        5 => {
            let len = u.int_in_range(0..=3)?;
            let mut items = Vec::with_capacity(len);
            for _ in 0..len {
                items.push(any_json(u, depth + 1)?);
            }
            Value::Array(items)
        }
        _ => {
            let len = u.int_in_range(0..=3)?;
            let mut object = Map::new();
            for _ in 0..len {
                object.insert(string(u)?, any_json(u, depth + 1)?);
            }
            Value::Object(object)
        }
    })
}

/// What the form encoding can carry: nulls, empty lists and empty objects have no pairs, so
/// they are dropped (recursively, list items included). Everything else must survive.
pub fn form_normal(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Array(items) => {
            let items: Vec<Value> = items.iter().filter_map(form_normal).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(members) => {
            let members: Map<String, Value> = members
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), form_normal(v)?)))
                .collect();
            (!members.is_empty()).then_some(Value::Object(members))
        }
        other => Some(other.clone()),
    }
}
