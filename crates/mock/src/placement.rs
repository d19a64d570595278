//! Reading an Alibaba request's members from where the action's binding places them, the
//! inverse of the runtime's `protocol::binding`: path members matched against the path
//! template, query members from the query string, header members from their headers, body
//! members from the form or JSON body, and styled members read back from their one string
//! (`json`: its JSON text; `simple`: items split at commas). The result is the wire-name
//! JSON request that validation and the answers read, whatever the style of the action.
//!
//! RPC reads its members from the query string and the form body alike, as the vendor's
//! gateway does (the official SDKs put some members in each). An action bound to a JSON body
//! (ROA) reads each member from its own place only: a member sent elsewhere is refused
//! with the place it belongs in, so a client that misplaces one learns it here.

use hyper::HeaderMap;
use sdk_runtime::protocol::form;
use sdk_shape::{path_pieces, ActionShape, BodyEncoding, Location, MemberShape, PathPiece, Style};
use serde_json::{Map, Value};

use crate::auth::{header, Signed};
use crate::errors::Failure;

/// [`decode`] for tests outside the crate (the property tests of every action): the members
/// the mock reads from a request to `action` sent to `path` with the query (encoded),
/// `headers` and `body` given, or the vendor's error code and message. Not a stable API.
#[doc(hidden)]
pub fn read_alibaba_request(
    action: &ActionShape,
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<Value, (String, String)> {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value),
        ) else {
            return Err(("InvalidHeader".to_owned(), format!("{name}: {value}")));
        };
        map.append(name, value);
    }
    let signed = Signed {
        method,
        path,
        query,
        headers: &map,
        body,
    };
    decode(&signed, action).map_err(|f| (f.code, f.message))
}

fn invalid(message: String) -> Failure {
    Failure::new("InvalidParameter", message)
}

/// The members of an Alibaba request to `action`, as JSON in wire names.
pub fn decode(signed: &Signed<'_>, action: &ActionShape) -> Result<Value, Failure> {
    let encoding = action.http.map_or(BodyEncoding::Form, |h| h.body);
    // Pairs read as a form reads them (typed by the members), styled members apart.
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut styled: Vec<(&MemberShape, String)> = Vec::new();
    let mut take = |member: Option<&'static MemberShape>, key: String, value: String| match member
        .filter(|m| m.style.is_some())
    {
        Some(m) if key == m.name => styled.push((m, value)),
        _ => pairs.push((key, value)),
    };
    if let Some(http) = action.http {
        for (name, value) in path_members(action, http.path, signed.path)? {
            take(action.input_member(name), name.to_owned(), value);
        }
    }
    for member in action
        .input
        .iter()
        .filter(|m| m.location == Location::Header)
    {
        if let Some(value) = header(signed.headers, member.name) {
            take(Some(member), member.name.to_owned(), value.to_owned());
        }
    }
    for (key, value) in form::parse_pairs(signed.query) {
        let member = top_member(action, &key);
        if encoding == BodyEncoding::Json {
            placed(member, Location::Query, &key)?;
        }
        take(member, key, value);
    }
    let mut body = Map::new();
    match encoding {
        BodyEncoding::Form => {
            for (key, value) in form_body(signed.headers, signed.body)? {
                take(top_member(action, &key), key, value);
            }
        }
        BodyEncoding::Json => {
            for (key, value) in json_body(signed.headers, signed.body)? {
                let member = action.input_member(&key);
                placed(member, Location::Body, &key)?;
                match (member.filter(|m| m.style.is_some()), value) {
                    (Some(m), Value::String(text)) => styled.push((m, text)),
                    (_, value) => {
                        body.insert(key, value);
                    }
                }
            }
        }
    }
    let mut request = match form::decode_pairs(&pairs, action) {
        Ok(Value::Object(members)) => members,
        Ok(_) => Map::new(),
        Err(e) => {
            return Err(invalid(format!(
                "The parameter {} is malformed: {}.",
                e.key, e.message
            )))
        }
    };
    for (member, text) in styled {
        request.insert(member.name.to_owned(), unstyle(action, member, &text)?);
    }
    for (key, value) in body {
        request.insert(key, value);
    }
    Ok(Value::Object(request))
}

/// The member a form or query key belongs to (`Tags.1.Key` → `Tags`).
fn top_member(action: &ActionShape, key: &str) -> Option<&'static MemberShape> {
    let name = key.split('.').next().unwrap_or(key);
    action
        .input
        .iter()
        .find(|m| m.name == key || m.name == name)
}

/// A member given somewhere else than its place is refused, naming its place.
fn placed(member: Option<&MemberShape>, got: Location, key: &str) -> Result<(), Failure> {
    match member {
        Some(m) if m.location != got => Err(invalid(format!(
            "The parameter {} goes in the {}, not the {} ({key}).",
            m.name,
            m.location.word(),
            got.word()
        ))),
        _ => Ok(()),
    }
}

/// The values of the path's members, percent-decoded, by matching `path` against the
/// template: text must match as it is, a member runs to the next text.
fn path_members<'t>(
    action: &ActionShape,
    template: &'t str,
    path: &str,
) -> Result<Vec<(&'t str, String)>, Failure> {
    let not_found = || {
        Failure::new(
            "InvalidAction.NotFound",
            format!(
                "The path {path:?} does not match {template:?}, the path of {}.",
                action.name
            ),
        )
        .status(404)
    };
    let pieces = path_pieces(template).map_err(|e| {
        Failure::new(
            "InternalError",
            format!("The path template {template:?} of {} {e}.", action.name),
        )
    })?;
    let mut rest = path;
    let mut values = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            PathPiece::Text(text) => rest = rest.strip_prefix(text).ok_or_else(not_found)?,
            PathPiece::Member(name) => {
                let end = match pieces.get(i + 1) {
                    Some(PathPiece::Text(next)) => rest.find(next).ok_or_else(not_found)?,
                    _ => rest.len(),
                };
                let raw = &rest[..end];
                let value = percent_encoding::percent_decode_str(raw)
                    .decode_utf8()
                    .map_err(|_| invalid(format!("The path value of {name} is not UTF-8.")))?;
                values.push((*name, value.into_owned()));
                rest = &rest[end..];
            }
        }
    }
    if rest.is_empty() {
        Ok(values)
    } else {
        Err(not_found())
    }
}

/// The pairs of a form body (none for an empty body).
fn form_body(headers: &HeaderMap, body: &[u8]) -> Result<Vec<(String, String)>, Failure> {
    if body.is_empty() {
        return Ok(Vec::new());
    }
    let content_type = header(headers, "content-type").unwrap_or("");
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("application/x-www-form-urlencoded")
    {
        return Err(invalid(format!(
            "The body must be sent as `Content-Type: application/x-www-form-urlencoded`, not {content_type:?}."
        )));
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| invalid("The form body is not UTF-8 text.".to_owned()))?;
    Ok(form::parse_pairs(text))
}

/// The members of a JSON body (none for an empty body).
fn json_body(headers: &HeaderMap, body: &[u8]) -> Result<Map<String, Value>, Failure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    let content_type = header(headers, "content-type").unwrap_or("");
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("application/json")
    {
        return Err(invalid(format!(
            "The body must be JSON sent as `Content-Type: application/json`, not {content_type:?}."
        )));
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(members)) => Ok(members),
        Ok(_) => Err(invalid(
            "The body must be a JSON object of request members.".to_owned(),
        )),
        Err(e) => Err(invalid(format!("The body is not valid JSON: {e}."))),
    }
}

/// A styled member's value from its one string.
fn unstyle(action: &ActionShape, member: &MemberShape, text: &str) -> Result<Value, Failure> {
    match member.style {
        Some(Style::Json) => match serde_json::from_str(text) {
            Ok(value) => Ok(value),
            // A free-form value may be a string itself, which the official SDK sends as is.
            Err(_) if matches!(member.kind, sdk_shape::Kind::Json) && !member.list => {
                Ok(Value::String(text.to_owned()))
            }
            Err(e) => Err(invalid(format!(
                "The parameter {} is sent as one JSON text (its style is json), but {text:?} is \
                 not JSON: {e}.",
                member.name
            ))),
        },
        // No items is an empty string.
        Some(Style::Simple) if text.is_empty() => Ok(Value::Array(Vec::new())),
        Some(Style::Simple) => {
            let items: Vec<(String, String)> = text
                .split(',')
                .enumerate()
                .map(|(i, item)| (format!("{}.{}", member.name, i + 1), item.to_owned()))
                .collect();
            let decoded = form::decode_pairs(&items, action).map_err(|e| {
                invalid(format!(
                    "The parameter {} (items joined with commas) is malformed: {}.",
                    member.name, e.message
                ))
            })?;
            Ok(decoded
                .get(member.name)
                .cloned()
                .unwrap_or(Value::Array(Vec::new())))
        }
        None => Ok(Value::String(text.to_owned())),
    }
}
