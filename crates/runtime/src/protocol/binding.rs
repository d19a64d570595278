//! Alibaba's requests as the action's shape places them: the method and path of its
//! [`HttpBinding`](sdk_shape::HttpBinding) (`POST /` without one), each request member where
//! its [`Location`] says, written as its [`Style`] says.
//!
//! - path: `{Member}` replaced by the value, percent-encoded per RFC 3986 (a `/` in a value
//!   is `%2F`), as the official SDK's `percent_encode` does;
//! - query: flattened as a form is (`Tags.1.Key=...`), the pairs sorted by key, which is
//!   the order the signature reads them in;
//! - header: the value as one string, under the member's wire name in lower case;
//! - body: a form ([`form::encode`]) or one JSON object, as the binding says, only when a
//!   member goes there: without one there is no body and no content type, as the official
//!   SDK sends a `GET` (the content type is signed, so an empty form would be another
//!   request);
//! - style `json`: the value as one string of its compact JSON (a string stays itself, as
//!   the official SDK leaves it); style `simple`: a list's items joined by commas.
//!
//! Scalars are written as in a form: strings as they are, numbers as JSON writes them,
//! booleans `true`/`false`. Built once per call; the signature of each attempt reads it.

use bytes::Bytes;
use reqwest::Url;
use sdk_shape::{
    path_pieces, ActionShape, BodyEncoding, InputError, InputErrorKind, Location, MemberShape,
    PathPiece, Style,
};
use serde_json::{Map, Value};

use super::form;
use crate::error::{ConfigError, SdkError};
use crate::sign::acs3::percent_encode;

/// The content type of a form body, sent and signed.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The content type of a JSON body, as the official SDK sends it.
pub const JSON_CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// One call's HTTP request before the headers of an attempt: what the signature covers
/// besides them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireRequest {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// The path as sent and signed, members percent-encoded (`/clusters/c%2F1/nodepools`).
    pub path: String,
    /// Query pairs, unencoded, sorted by key.
    pub query: Vec<(String, String)>,
    /// Members sent as headers: lower-case names and values, sorted by name.
    pub headers: Vec<(String, String)>,
    /// The body's content type; `None` when there is no body.
    pub content_type: Option<&'static str>,
    /// The body as sent.
    pub body: Bytes,
}

impl WireRequest {
    /// The query string as sent: `key=value` pairs percent-encoded per RFC 3986, joined by
    /// `&` (empty without a query).
    pub fn query_string(&self) -> String {
        let mut out = String::new();
        for (i, (key, value)) in self.query.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(&format!(
                "{}={}",
                percent_encode(key),
                percent_encode(value)
            ));
        }
        out
    }

    /// The endpoint's URL with this request's path and query: both already
    /// percent-encoded, as signed, so the URL parser keeps them as they are.
    pub fn url(&self, endpoint: &Url) -> Result<Url, SdkError<String>> {
        let mut url = endpoint.clone();
        url.set_path(&self.path);
        let query = self.query_string();
        url.set_query((!query.is_empty()).then_some(query.as_str()));
        // The parser resolves `.` and `..` segments; a path it changed is not the one signed.
        if url.path() != self.path {
            return Err(SdkError::Config(ConfigError::Http(format!(
                "the path {:?} does not survive as a URL path (it became {:?})",
                self.path,
                url.path()
            ))));
        }
        Ok(url)
    }
}

/// Place the members of `request` (wire names; checked against the shape already) as
/// `action` says. A value that cannot go where its member goes (a list in a header without
/// a style, `..` in a path, a header value that is not printable ASCII) is an
/// [`InputError`] naming the member and the place.
pub fn build(action: &ActionShape, request: &Value) -> Result<WireRequest, InputError> {
    let empty = Map::new();
    let members = request.as_object().unwrap_or(&empty);
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut path_values: Vec<(&str, String)> = Vec::new();
    let mut body = Map::new();
    for (name, value) in members {
        if value.is_null() {
            continue;
        }
        let Some(member) = action.input_member(name) else {
            // Undocumented members were refused before; a caller that skipped the check
            // still gets them sent, in the body.
            body.insert(name.clone(), value.clone());
            continue;
        };
        let value = styled(member, value)?;
        match member.location {
            Location::Body => {
                body.insert(name.clone(), value);
            }
            Location::Query => {
                form::flatten(name.clone(), &value, &mut query);
            }
            Location::Header => {
                let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
                if !name.bytes().all(token) {
                    return Err(misplaced(
                        member,
                        "goes in a header, but its name cannot be a header name",
                    ));
                }
                let text = one_string(member, &value, "a header")?;
                if !text
                    .bytes()
                    .all(|b| (0x20..0x7f).contains(&b) || b == b'\t')
                {
                    return Err(misplaced(
                        member,
                        "goes in a header, whose value must be printable ASCII",
                    ));
                }
                headers.push((name.to_ascii_lowercase(), text));
            }
            Location::Path => {
                let text = one_string(member, &value, "the path")?;
                if text == "." || text == ".." {
                    return Err(misplaced(
                        member,
                        &format!("goes in the path, where {text:?} would change the path itself"),
                    ));
                }
                path_values.push((member.name, percent_encode(&text).to_string()));
            }
        }
    }
    query.sort_by(|a, b| a.0.cmp(&b.0));
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    let (method, template, encoding) = match action.http {
        Some(http) => (http.method, http.path, http.body),
        None => ("POST", "/", BodyEncoding::Form),
    };
    let path = fill_path(action, template, &path_values)?;
    // No body members: no body and no content type, as the vendor's SDK sends it (the
    // content type would be signed, so an empty form would not be the same request).
    let (content_type, body) = match encoding {
        BodyEncoding::Form | BodyEncoding::Json if body.is_empty() => (None, Bytes::new()),
        BodyEncoding::Form => (
            Some(FORM_CONTENT_TYPE),
            Bytes::from(form::encode(&Value::Object(body))),
        ),
        BodyEncoding::Json => (
            Some(JSON_CONTENT_TYPE),
            Bytes::from(Value::Object(body).to_string()),
        ),
    };
    Ok(WireRequest {
        method,
        path,
        query,
        headers,
        content_type,
        body,
    })
}

/// The path with each `{Member}` replaced by its encoded value.
fn fill_path(
    action: &ActionShape,
    template: &str,
    values: &[(&str, String)],
) -> Result<String, InputError> {
    // The generator refuses templates that do not read; a hand-written shape may still hold
    // one, and gets this error instead of a panic.
    let pieces = path_pieces(template).map_err(|e| {
        InputError::new(
            InputErrorKind::WrongType,
            "",
            format!("the path template {template:?} of {} {e}", action.name),
        )
    })?;
    let mut path = String::with_capacity(template.len() + 32);
    for piece in pieces {
        match piece {
            PathPiece::Text(text) => path.push_str(text),
            PathPiece::Member(name) => {
                let Some((_, value)) = values.iter().find(|(n, _)| *n == name) else {
                    return Err(InputError::new(
                        InputErrorKind::Missing,
                        name,
                        format!("is required: it goes in the path {template}"),
                    ));
                };
                path.push_str(value);
            }
        }
    }
    Ok(path)
}

/// The value as its style writes it: `json` as one string of compact JSON, `simple` as a
/// list's items joined by commas, else as it is.
pub fn styled(member: &MemberShape, value: &Value) -> Result<Value, InputError> {
    Ok(match (member.style, value) {
        (None, _) => value.clone(),
        // The official SDK's `to_json_string` leaves a string as it is.
        (Some(Style::Json), Value::String(_)) => value.clone(),
        (Some(Style::Json), _) => Value::String(value.to_string()),
        (Some(Style::Simple), Value::Array(items)) => {
            let mut parts = Vec::with_capacity(items.len());
            for item in items {
                match scalar_text(item) {
                    Some(text) => parts.push(text),
                    None => {
                        return Err(misplaced(
                            member,
                            "is joined with commas, so its items must be strings, numbers or \
                             booleans",
                        ))
                    }
                }
            }
            Value::String(parts.join(","))
        }
        (Some(Style::Simple), _) => value.clone(),
    })
}

/// A single value as text, as a form writes it; `None` for lists, objects and null.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "true" } else { "false" }.to_owned()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

fn one_string(member: &MemberShape, value: &Value, place: &str) -> Result<String, InputError> {
    scalar_text(value).ok_or_else(|| {
        misplaced(
            member,
            &format!(
                "goes in {place}, which holds one value, not {}",
                sdk_shape::value::json_word(value)
            ),
        )
    })
}

fn misplaced(member: &MemberShape, message: &str) -> InputError {
    InputError::new(InputErrorKind::WrongType, member.name, message)
}
