//! Alibaba RPC's form encoding of request members, both ways.
//!
//! Nested values are flattened into dotted keys: lists as `Key.1=..`, `Key.2=..` (1-based),
//! objects as `Key.Sub=..`, lists of objects as `Key.1.Sub=..`; booleans as `true`/`false`.
//! Pairs are sorted by key and percent-encoded per RFC 3986 (space `%20`).
//!
//! [`decode`] is the inverse, for servers (the mock server, the interop verifier): it reads
//! pairs in either encoding (`+` or `%20` for space) and rebuilds the JSON members, using the
//! action's documented member types to tell a list index from a key and a number from a
//! string; a free-form (`Json`) member's nesting comes back as objects of strings. Booleans
//! are accepted as `true`/`false` and `True`/`False` (the official Python
//! SDK sends the latter).

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use percent_encoding::percent_decode_str;
use sdk_shape::{ActionShape, Kind, MemberShape};
use serde_json::{Map, Number, Value};

use crate::sign::acs3::percent_encode;

/// Encode request members (a JSON object) as a sorted, percent-encoded form body.
pub fn encode(request: &Value) -> String {
    let mut pairs = Vec::new();
    flatten(String::new(), request, &mut pairs);
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::with_capacity(pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum());
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{}={}", percent_encode(key), percent_encode(value));
    }
    out
}

/// The flattened `(key, value)` pairs of request members, unsorted and unencoded.
pub fn flatten(prefix: String, value: &Value, out: &mut Vec<(String, String)>) {
    let join = |key: &dyn fmt::Display| {
        if prefix.is_empty() {
            key.to_string()
        } else {
            format!("{prefix}.{key}")
        }
    };
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((prefix, if *b { "true" } else { "false" }.to_owned())),
        Value::Number(n) => out.push((prefix, n.to_string())),
        Value::String(s) => out.push((prefix, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(join(&(i + 1)), item, out);
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                flatten(join(key), item, out);
            }
        }
    }
}

/// A form body that does not fit the action's members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The offending key (`Filters.1.Values.x`).
    pub key: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

impl std::error::Error for FormError {}

/// Split a form body into decoded `(key, value)` pairs (`+` and `%20` are both a space).
pub fn parse_pairs(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let spaced = s.replace('+', " ");
        percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
    };
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// Decode a form body into the JSON members of `action`'s request.
///
/// Keys the action does not document are kept as strings under their dotted name, so that
/// [`sdk_shape::validate_input`] reports them as unknown members with their path.
pub fn decode(body: &str, action: &ActionShape) -> Result<Value, FormError> {
    decode_pairs(&parse_pairs(body), action)
}

/// [`decode`] for pairs already split (a query string, say).
pub fn decode_pairs(pairs: &[(String, String)], action: &ActionShape) -> Result<Value, FormError> {
    let mut root = Node::Object(Vec::new());
    for (key, value) in pairs {
        insert(&mut root, action.input, key, value)?;
    }
    Ok(root.into_value())
}

/// A value being rebuilt: list items are kept by index until the end, so `Key.2` may come
/// before `Key.1` (they are sorted as strings: `Key.10` < `Key.2`).
enum Node {
    Leaf(Value),
    Object(Vec<(String, Node)>),
    List(BTreeMap<u64, Node>),
}

impl Node {
    fn into_value(self) -> Value {
        match self {
            Node::Leaf(v) => v,
            Node::Object(members) => Value::Object(
                members
                    .into_iter()
                    .map(|(k, n)| (k, n.into_value()))
                    .collect::<Map<_, _>>(),
            ),
            Node::List(items) => Value::Array(items.into_values().map(Node::into_value).collect()),
        }
    }

    fn child(&mut self, key: &str, make: impl FnOnce() -> Node) -> Option<&mut Node> {
        let Node::Object(members) = self else {
            return None;
        };
        let pos = match members.iter().position(|(k, _)| k == key) {
            Some(pos) => pos,
            None => {
                members.push((key.to_owned(), make()));
                members.len() - 1
            }
        };
        Some(&mut members[pos].1)
    }
}

fn insert(
    root: &mut Node,
    members: &[MemberShape],
    key: &str,
    value: &str,
) -> Result<(), FormError> {
    let error = |message: String| FormError {
        key: key.to_owned(),
        message,
    };
    let mut node = root;
    let mut members = members;
    let mut segments = key.split('.').peekable();
    while let Some(name) = segments.next() {
        let Some(member) = members.iter().find(|m| m.name == name) else {
            // Undocumented: keep the rest of the key whole, as a string.
            let rest: Vec<&str> = std::iter::once(name).chain(segments).collect();
            let slot = node
                .child(&rest.join("."), || Node::Leaf(Value::Null))
                .ok_or_else(|| error("conflicts with another key".to_owned()))?;
            *slot = Node::Leaf(Value::String(value.to_owned()));
            return Ok(());
        };
        let make = || {
            if member.list {
                Node::List(BTreeMap::new())
            } else {
                empty_for(member)
            }
        };
        node = node
            .child(name, make)
            .ok_or_else(|| error("conflicts with another key".to_owned()))?;
        if member.list {
            let index = segments.next().ok_or_else(|| {
                error(format!(
                    "{name} is a list: expected {name}.1, {name}.2, ..."
                ))
            })?;
            let index: u64 = index
                .parse()
                .ok()
                .filter(|&i| i >= 1)
                .ok_or_else(|| error(format!("{index:?} is not a list index (1, 2, ...)")))?;
            let Node::List(items) = node else {
                return Err(error("conflicts with another key".to_owned()));
            };
            node = items.entry(index).or_insert_with(|| empty_for(member));
        }
        match member.kind {
            Kind::Struct(shape) => {
                if segments.peek().is_none() {
                    return Err(error(format!(
                        "{} is an object: expected {key}.<Member>",
                        shape.name
                    )));
                }
                members = shape.members;
            }
            // A free-form value has no members to follow: what follows its name is its own
            // nesting, rebuilt as objects of strings (the form says no more of its types).
            Kind::Json => {
                for segment in segments {
                    node = node
                        .child(segment, || Node::Object(Vec::new()))
                        .ok_or_else(|| error("conflicts with another key".to_owned()))?;
                }
                *node = Node::Leaf(Value::String(value.to_owned()));
                return Ok(());
            }
            kind => {
                if segments.peek().is_some() {
                    return Err(error(format!(
                        "{name} is a {}, not an object",
                        kind.describe()
                    )));
                }
                *node = Node::Leaf(scalar(kind, value).map_err(error)?);
                return Ok(());
            }
        }
    }
    Ok(())
}

fn empty_for(member: &MemberShape) -> Node {
    match member.kind {
        Kind::Struct(_) | Kind::Json => Node::Object(Vec::new()),
        _ => Node::Leaf(Value::Null),
    }
}

fn scalar(kind: Kind, value: &str) -> Result<Value, String> {
    match kind {
        Kind::Int32 | Kind::Int64 => value
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("expected an integer, got {value:?}")),
        Kind::Uint64 => value
            .parse::<u64>()
            .map(|n| Value::Number(Number::from(n)))
            .map_err(|_| format!("expected a non-negative integer, got {value:?}")),
        Kind::Number => match value.parse::<i64>() {
            Ok(i) => Ok(Value::from(i)),
            Err(_) => value
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| format!("expected a number, got {value:?}")),
        },
        Kind::Boolean => match value {
            "true" | "True" => Ok(Value::Bool(true)),
            "false" | "False" => Ok(Value::Bool(false)),
            _ => Err(format!("expected true or false, got {value:?}")),
        },
        Kind::String
        | Kind::DateTime
        | Kind::Crontab
        | Kind::Enum(_)
        | Kind::Struct(_)
        | Kind::Json => Ok(Value::String(value.to_owned())),
    }
}
