//! Answers: the documented example whose request matches, verbatim; otherwise a response of
//! the documented shape built from the request, with the example as the template for every
//! member (see the crate documentation for the rules), then shaped by the documented
//! switches (`switches.rs`). Nothing here names an action: the rules read member names and
//! shapes only.

use bytes::Bytes;
use rand::Rng;
use sdk_shape::{ActionShape, ExampleShape, Kind, MemberShape, Protocol, ServiceShape};
use serde_json::{Map, Value};

use crate::errors::{self, Reply};
use crate::state::State;
use crate::switches::Switches;
use crate::validate::{camel, IdFormats};

/// A fresh UUID-like request id (version 4 layout).
pub fn request_id() -> String {
    let n: u128 = rand::rng().random();
    let n = (n & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{n:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// One documented example, parsed once when the server starts.
struct Example {
    /// The documented request with defaults filled; `None` when the page gives none.
    request: Option<Value>,
    /// The response members (inside Tencent's `Response`).
    members: Value,
    /// The response exactly as documented.
    text: &'static str,
}

/// What the answers of one action are made from.
pub struct ActionAnswers {
    service: &'static ServiceShape,
    action: &'static ActionShape,
    examples: Vec<Example>,
    switches: Switches,
}

/// Fill the documented defaults of the top-level members that are absent.
fn with_defaults(action: &ActionShape, request: &Value) -> Value {
    let mut request = request.clone();
    if let Value::Object(members) = &mut request {
        for member in action.input {
            if let Some(default) = member.default {
                if members.get(member.name).is_none_or(Value::is_null) {
                    if let Ok(value) = serde_json::from_str(default) {
                        members.insert(member.name.to_owned(), value);
                    }
                }
            }
        }
    }
    request
}

impl ActionAnswers {
    /// Parse the examples of `action`; examples that are not JSON are skipped.
    pub fn new(service: &'static ServiceShape, action: &'static ActionShape) -> Self {
        let parse = |example: &ExampleShape| -> Option<Example> {
            let response: Value = serde_json::from_str(example.response).ok()?;
            let members = match service.protocol {
                Protocol::Tc3Json => response.get("Response")?.clone(),
                Protocol::Acs3Rpc => response,
            };
            let request = if example.request.trim().is_empty() {
                None
            } else {
                let request: Value = serde_json::from_str(example.request).ok()?;
                Some(with_defaults(action, &request))
            };
            Some(Example {
                request,
                members,
                text: example.response,
            })
        };
        ActionAnswers {
            service,
            action,
            examples: action.examples.iter().filter_map(parse).collect(),
            switches: Switches::learn(action),
        }
    }

    /// The answer to a valid `request`.
    pub fn answer(&self, request: &Value, ids: &IdFormats, state: &State, synthetic: u32) -> Reply {
        let filled = with_defaults(self.action, request);
        // An example documented without its request does not say which switches produced
        // it (the eflo-controller example shows an Output that is not base64 under the
        // default Base64 encoding), so it answers only requests that give none.
        let switched = self.switches.given_in(request);
        let example = self
            .examples
            .iter()
            .find(|e| (e.request.is_some() || !switched) && matches(e, &filled));
        if let Some(example) = example {
            self.remember_created(&example.members, state);
            let request_id = example
                .members
                .get("RequestId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            return Reply {
                status: 200,
                content_type: match self.service.protocol {
                    Protocol::Tc3Json => errors::TENCENT_CONTENT_TYPE,
                    Protocol::Acs3Rpc => errors::ALIBABA_CONTENT_TYPE,
                },
                body: Bytes::from_static(example.text.as_bytes()),
                request_id,
            };
        }
        let mut members = match self.examples.first().map(|e| &e.members) {
            Some(Value::Object(template)) => template.clone(),
            _ => Map::new(),
        };
        let request_id = request_id();
        members.insert("RequestId".to_owned(), Value::String(request_id.clone()));
        if let Some(paging) = self.action.pagination {
            self.fill_page(&mut members, &filled, paging, state, synthetic);
        }
        let mut members = Value::Object(members);
        echo_strings(self.action, &filled, &mut members);
        self.switches.apply(self.action, &filled, &mut members);
        self.create(&mut members, ids, state);
        errors::success(self.service.protocol, members, request_id)
    }

    /// The id member a `Create<Name>` action returns (`InvokerId`).
    fn created_member(&self) -> Option<&'static MemberShape> {
        let resource = self.action.name.strip_prefix("Create")?;
        self.action
            .output
            .iter()
            .find(|m| m.name.strip_suffix("Id") == Some(resource) && !m.list)
    }

    fn remember_created(&self, members: &Value, state: &State) {
        if let Some(member) = self.created_member() {
            if let Some(id) = members.get(member.name).and_then(Value::as_str) {
                state.remember_created(self.service.name, member.name, id);
            }
        }
    }

    /// A `Create<Name>` action gets a fresh id, remembered for later calls.
    fn create(&self, members: &mut Value, ids: &IdFormats, state: &State) {
        let Some(member) = self.created_member() else {
            return;
        };
        let template = members.get(member.name).and_then(Value::as_str);
        let prefix = ids
            .prefix(member.name)
            .map(str::to_owned)
            .or_else(|| template.and_then(|t| t.find('-').map(|d| t[..=d].to_owned())))
            .unwrap_or_else(|| "id-".to_owned());
        let id = loop {
            let id = format!("{prefix}{}", random_suffix());
            if !state.was_created(self.service.name, member.name, &id) {
                break id;
            }
        };
        state.remember_created(self.service.name, member.name, &id);
        if let Value::Object(members) = members {
            members.insert(member.name.to_owned(), Value::String(id));
        }
    }

    fn fill_page(
        &self,
        members: &mut Map<String, Value>,
        request: &Value,
        paging: sdk_shape::Pagination,
        state: &State,
        synthetic: u32,
    ) {
        let items_member = self.action.output.iter().find(|m| m.name == paging.items);
        let item_shape = match items_member.map(|m| m.kind) {
            Some(Kind::Struct(shape)) => Some(shape),
            _ => None,
        };
        let template = match members.get(paging.items).and_then(|v| v.get(0)) {
            Some(Value::Object(item)) => item.clone(),
            _ => Map::new(),
        };
        let item_member = |name: &str| -> Option<&'static str> {
            item_shape?
                .members
                .iter()
                .find(|m| m.name == name)
                .map(|m| m.name)
        };
        // The item's own id: `Invocation` → `InvocationId`.
        let own_id = item_shape.map(|s| format!("{}Id", s.name));
        let mut driver: Option<(&'static str, Vec<String>)> = None;
        let mut fills: Vec<(&'static str, Vec<String>)> = Vec::new();
        for input in self.action.input {
            let Some(value) = request.get(input.name) else {
                continue;
            };
            if let Some(_filter) = input.filter {
                for filter in value.as_array().into_iter().flatten() {
                    let name = filter.get("Name").and_then(Value::as_str).map(camel);
                    let Some(member) = name.as_deref().and_then(item_member) else {
                        continue;
                    };
                    let values = strings(filter.get("Values"));
                    if own_id.as_deref() == Some(member) && driver.is_none() {
                        driver = Some((member, values));
                    } else {
                        fills.push((member, values));
                    }
                }
            } else if input.list && matches!(input.kind, Kind::String) {
                let Some(member) = input.name.strip_suffix('s').and_then(item_member) else {
                    continue;
                };
                let values = strings(Some(value));
                if driver.is_none() && !values.is_empty() {
                    driver = Some((member, values));
                } else {
                    fills.push((member, values));
                }
            }
        }
        let mut items: Vec<Map<String, Value>> = Vec::new();
        match driver {
            Some((member, mut values)) => {
                dedup(&mut values);
                // Items that refer to a resource (an InvokerRecord names its invoker) do not
                // exist yet for a resource the mock just created: nothing has run.
                let refers = own_id.as_deref() != Some(member);
                for value in values {
                    if refers && state.was_created(self.service.name, member, &value) {
                        continue;
                    }
                    let mut item = synthetic_item(&template, items.len());
                    item.insert(member.to_owned(), Value::String(value));
                    items.push(item);
                }
            }
            None => {
                for i in 0..synthetic as usize {
                    items.push(synthetic_item(&template, i));
                }
            }
        }
        for (i, item) in items.iter_mut().enumerate() {
            for (member, values) in &fills {
                if !values.is_empty() {
                    let value = values[i % values.len()].clone();
                    item.insert((*member).to_owned(), Value::String(value));
                }
            }
        }
        let total = items.len();
        let number = |name: &str| -> Option<u64> {
            let given = request.get(name).and_then(Value::as_i64);
            let default = self
                .action
                .input_member(name)
                .and_then(|m| m.default)
                .and_then(|d| d.parse::<i64>().ok());
            given.or(default).map(|n| n.max(0).unsigned_abs())
        };
        let offset = usize::try_from(number(paging.offset).unwrap_or(0)).unwrap_or(usize::MAX);
        let limit =
            number(paging.limit).map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
        let page: Vec<Value> = items
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(Value::Object)
            .collect();
        members.insert(paging.total.to_owned(), Value::from(total as u64));
        members.insert(paging.items.to_owned(), Value::Array(page));
    }
}

/// Whether a request (defaults filled) is the example's request.
fn matches(example: &Example, request: &Value) -> bool {
    if let Some(documented) = &example.request {
        return documented == request;
    }
    // Documented without a request: the request's strings must be those of the example's
    // answer (`InvokeId` of the eflo-controller example), at least one of them.
    let Some(members) = request.as_object() else {
        return false;
    };
    let mut seen = false;
    for (name, value) in members {
        let Value::String(value) = value else {
            continue;
        };
        let mut found = Vec::new();
        find_strings(&example.members, name, &mut found);
        if found.is_empty() {
            continue;
        }
        if !found.iter().any(|f| f == value) {
            return false;
        }
        seen = true;
    }
    seen
}

fn find_strings<'a>(value: &'a Value, name: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                if key == name {
                    if let Value::String(s) = member {
                        out.push(s);
                    }
                }
                find_strings(member, name, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| find_strings(i, name, out)),
        _ => {}
    }
}

/// Put the request's top-level string members into every same-named member of the answer
/// (the eflo-controller answer echoes `InvokeId` and `NodeId` this way).
fn echo_strings(action: &ActionShape, request: &Value, answer: &mut Value) {
    for member in action.input {
        if member.list || !matches!(member.kind, Kind::String) {
            continue;
        }
        if let Some(Value::String(value)) = request.get(member.name) {
            replace_strings(answer, member.name, value);
        }
    }
}

fn replace_strings(value: &mut Value, name: &str, with: &str) {
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                if key == name && member.is_string() {
                    *member = Value::String(with.to_owned());
                } else {
                    replace_strings(member, name, with);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|i| replace_strings(i, name, with)),
        _ => {}
    }
}

/// Item `index` of a synthetic list: the template with every top-level `...Id` member made
/// distinct and recognisably fake (`inv-mock0002`), the same for the same index on every
/// page so that pages fit together.
fn synthetic_item(template: &Map<String, Value>, index: usize) -> Map<String, Value> {
    let mut item = template.clone();
    for (key, value) in item.iter_mut() {
        if !key.ends_with("Id") {
            continue;
        }
        if let Value::String(s) = value {
            let prefix = s.find('-').map_or("", |d| &s[..=d]).to_owned();
            *s = format!("{prefix}mock{:04}", index % 10_000);
        }
    }
    item
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn dedup(values: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
}

/// 8 lower-case letters and digits, the form of documented ids (`le1g3x2h`).
fn random_suffix() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_look_like_uuids() {
        let a = request_id();
        assert_eq!(a.len(), 36);
        assert_eq!(a.matches('-').count(), 4);
        assert_ne!(a, request_id());
    }

    #[test]
    fn synthetic_ids_are_distinct() {
        let mut template = Map::new();
        template.insert("InvocationId".into(), "inv-q4zp60g0".into());
        template.insert("Name".into(), "x".into());
        let a = synthetic_item(&template, 1);
        assert_eq!(a["InvocationId"], "inv-mock0001");
        assert_eq!(a["Name"], "x");
    }
}
