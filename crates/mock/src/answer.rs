//! Answers: the documented example whose request matches, verbatim; otherwise a response of
//! the documented shape built from the request, with the example as the template for every
//! member and the shapes filling what it lacks (every member of an action without examples;
//! `sdk_shape::sample`), then shaped by the documented switches (`switches.rs`). See the
//! crate documentation for the rules. Nothing here names an action: the rules read member
//! names and shapes only.

use std::sync::OnceLock;

use bytes::Bytes;
use sdk_shape::sample::{self, Fill};
use sdk_shape::{ActionShape, ExampleShape, Kind, MemberShape, Protocol, ServiceShape};
use serde_json::{Map, Value};

use crate::errors::{self, request_id, Reply};
use crate::state::{random_suffix, State};
use crate::switches::Switches;
use crate::validate::{camel, with_defaults, IdFormats};

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
    /// The template of built answers: the first example's members, every documented member
    /// it lacks filled from the shapes. Made at the first answer that needs it, so a server
    /// (and `cloudcmd --mock`) starts without building one per action.
    template: OnceLock<Map<String, Value>>,
}

impl ActionAnswers {
    /// Parse the examples of `action`; examples that are not JSON are skipped.
    pub fn new(service: &'static ServiceShape, action: &'static ActionShape) -> Self {
        let parse = |example: &ExampleShape| -> Option<Example> {
            let response: Value = serde_json::from_str(example.response).ok()?;
            let members = match service.protocol {
                Protocol::Tc3Json => response.get("Response")?.clone(),
                Protocol::Acs3Rpc | Protocol::Acs3Roa => response,
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
            template: OnceLock::new(),
        }
    }

    /// Every documented output member: the first example's value where it has the member,
    /// else one made from the shapes (the member's documented example, an enum's first value,
    /// ...: `sdk_shape::sample`), at every depth.
    fn template(&self) -> &Map<String, Value> {
        self.template.get_or_init(|| {
            let filled = sample::object(self.action.output, Fill::Example);
            match self.examples.first().map(|e| &e.members) {
                Some(Value::Object(example)) => {
                    let mut template = example.clone();
                    complete(&mut template, &filled);
                    template
                }
                _ => filled,
            }
        })
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
                    Protocol::Acs3Rpc | Protocol::Acs3Roa => errors::ALIBABA_CONTENT_TYPE,
                },
                body: Bytes::from_static(example.text.as_bytes()),
                request_id,
            };
        }
        let mut members = self.template().clone();
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
        // The template's first item; a documented empty list has none, so the shapes' one.
        let template = [&*members, self.template()]
            .into_iter()
            .find_map(|m| match m.get(paging.items).and_then(|v| v.get(0)) {
                Some(Value::Object(item)) => Some(item.clone()),
                _ => None,
            })
            .unwrap_or_default();
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

/// Add to `template` every member of `filled` it lacks, at every depth: inside objects, and
/// inside each object item of a list (from the first item of `filled`'s list). A member the
/// template has as null or as another type, or a list it has empty, stays as documented.
fn complete(template: &mut Map<String, Value>, filled: &Map<String, Value>) {
    for (name, value) in filled {
        match (template.get_mut(name), value) {
            (None, _) => {
                template.insert(name.clone(), value.clone());
            }
            (Some(Value::Object(inner)), Value::Object(filled)) => complete(inner, filled),
            (Some(Value::Array(items)), Value::Array(filled)) => {
                if let Some(Value::Object(filled)) = filled.first() {
                    for item in items {
                        if let Value::Object(item) = item {
                            complete(item, filled);
                        }
                    }
                }
            }
            _ => {}
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `action` as if its page documented no example.
    fn without_examples(action: &'static ActionShape) -> &'static ActionShape {
        Box::leak(Box::new(ActionShape {
            examples: &[],
            ..*action
        }))
    }

    /// The members of a built answer to `request`.
    fn built(
        service: &'static ServiceShape,
        action: &'static ActionShape,
        request: Value,
    ) -> Value {
        let answers = ActionAnswers::new(service, action);
        let reply = answers.answer(&request, &IdFormats::learn(service), &State::default(), 3);
        assert_eq!(reply.status, 200, "{}", action.name);
        let body: Value = serde_json::from_slice(&reply.body).unwrap();
        match service.protocol {
            Protocol::Tc3Json => body["Response"].clone(),
            Protocol::Acs3Rpc | Protocol::Acs3Roa => body,
        }
    }

    /// Every documented member of `members` is in `object` with a value of its kind: lists
    /// not empty, objects filled the same way (down to where a type would contain itself),
    /// enum values documented, date-times and crontabs readable, base64 decodable, numbers
    /// in range. Returns how many values it checked.
    fn assert_filled(
        members: &[MemberShape],
        object: &Map<String, Value>,
        open: &mut Vec<&'static sdk_shape::StructShape>,
        path: &str,
    ) -> usize {
        use base64::Engine;
        let mut checked = 0;
        for member in members {
            let path = format!("{path}.{}", member.name);
            if let Kind::Struct(shape) = member.kind {
                if open.iter().any(|o| std::ptr::eq(*o, shape.get()))
                    || open.len() >= sample::MAX_DEPTH
                {
                    continue;
                }
            }
            let value = object
                .get(member.name)
                .unwrap_or_else(|| panic!("{path} is missing"));
            let items: Vec<&Value> = if member.list {
                let items = value
                    .as_array()
                    .unwrap_or_else(|| panic!("{path}: {value}"));
                assert!(!items.is_empty(), "{path} is an empty list");
                items.iter().collect()
            } else {
                vec![value]
            };
            for item in items {
                checked += 1;
                match member.kind {
                    Kind::Struct(shape) => {
                        let inner = item.as_object().unwrap_or_else(|| panic!("{path}: {item}"));
                        assert!(!inner.is_empty(), "{path} is an empty object");
                        open.push(shape.get());
                        checked += assert_filled(shape.members, inner, open, &path);
                        open.pop();
                    }
                    Kind::Enum(shape) => {
                        let text = item.as_str().unwrap_or_default();
                        assert!(
                            shape.values.iter().any(|v| v.value == text),
                            "{path}: {item} is not a documented value"
                        );
                    }
                    Kind::DateTime => assert!(
                        sdk_shape::format::parse_iso8601(item.as_str().unwrap_or_default())
                            .is_some(),
                        "{path}: {item}"
                    ),
                    Kind::Crontab => assert!(
                        sdk_shape::format::Crontab::parse(item.as_str().unwrap_or_default())
                            .is_ok(),
                        "{path}: {item}"
                    ),
                    Kind::String if member.base64 => assert!(
                        base64::engine::general_purpose::STANDARD
                            .decode(item.as_str().unwrap_or("!"))
                            .is_ok(),
                        "{path}: {item} is not base64"
                    ),
                    Kind::String => assert!(item.is_string(), "{path}: {item}"),
                    Kind::Boolean => assert!(item.is_boolean(), "{path}: {item}"),
                    // Any value is one: the stand-in is the example or `{}`.
                    Kind::Json => {}
                    Kind::Int32 | Kind::Int64 | Kind::Uint64 | Kind::Number => {
                        let n = item.as_f64().unwrap_or_else(|| panic!("{path}: {item}"));
                        assert!(
                            member.minimum.is_none_or(|lo| n >= lo as f64),
                            "{path}: {n}"
                        );
                        assert!(
                            member.maximum.is_none_or(|hi| n <= hi as f64),
                            "{path}: {n}"
                        );
                    }
                }
            }
        }
        checked
    }

    /// Every action of every generated service, as if documented without an example,
    /// answers with every documented member filled, at every depth, and its answer is one
    /// the CLI accepts; paged actions page their synthetic items.
    #[test]
    fn actions_without_examples_answer_every_member_filled() {
        let mut checked = Vec::new();
        for service in sdk_services::SERVICES {
            for &documented in service.actions {
                let action = without_examples(documented);
                let members = built(service, action, serde_json::json!({}));
                if let Err(e) = sdk_shape::validate_output(action, &members) {
                    panic!("{} {}: {e}\n{members:#}", service.name, action.name);
                }
                let object = members.as_object().unwrap();
                let values = assert_filled(action.output, object, &mut Vec::new(), action.name);
                if let Some(paging) = action.pagination {
                    assert_eq!(members[paging.total], 3, "{}", action.name);
                    let limit = action
                        .input_member(paging.limit)
                        .and_then(|m| m.default)
                        .map_or(3, |d| d.parse::<usize>().unwrap().min(3));
                    assert_eq!(members[paging.items].as_array().unwrap().len(), limit);
                }
                checked.push((action.name, values));
            }
        }
        assert!(checked.len() >= 30, "{checked:?}");
    }

    /// TAT DescribeInvocationTasks without its example: the tasks are filled to the last
    /// member, with the member examples of the documentation, and the documented switch
    /// still hides the output.
    #[test]
    fn a_tat_action_without_its_example_answers_from_the_member_examples() {
        let service = &tat_model::SERVICE;
        let action = without_examples(&tat_model::actions::describe_invocation_tasks::SHAPE);
        let members = built(service, action, serde_json::json!({"Limit": 2}));
        assert_eq!(members["TotalCount"], 3);
        let tasks = members["InvocationTaskSet"].as_array().unwrap();
        assert_eq!(tasks.len(), 2);
        assert_ne!(tasks[0]["InvocationTaskId"], tasks[1]["InvocationTaskId"]);
        let task = &tasks[0];
        assert!(task["TaskStatus"].is_string(), "{task:#}");
        assert!(
            task["TaskResult"]
                .as_object()
                .is_some_and(|r| !r.is_empty()),
            "{task:#}"
        );
        // HideOutput is true unless the request says otherwise.
        assert_eq!(task["TaskResult"]["Output"], "");
        let shown = built(service, action, serde_json::json!({"HideOutput": false}));
        let output = shown["InvocationTaskSet"][0]["TaskResult"]["Output"]
            .as_str()
            .unwrap();
        assert!(!output.is_empty());
    }

    /// The example is the template; what it lacks comes from the shapes, what it documents
    /// (a null, an empty list) stays.
    #[test]
    fn the_example_template_is_completed_from_the_shapes() {
        let mut template = serde_json::json!({
            "Task": {"Id": "t-1"},
            "Items": [{"Id": "i-1"}, {"Id": "i-2", "Size": 9}],
            "Gone": null,
            "Empty": [],
        });
        let filled = serde_json::json!({
            "Task": {"Id": "Id", "Size": 0},
            "Items": [{"Id": "Id", "Size": 0}],
            "Gone": {"Id": "Id"},
            "Empty": ["Empty"],
            "New": "New",
        });
        complete(
            template.as_object_mut().unwrap(),
            filled.as_object().unwrap(),
        );
        assert_eq!(
            template,
            serde_json::json!({
                "Task": {"Id": "t-1", "Size": 0},
                "Items": [{"Id": "i-1", "Size": 0}, {"Id": "i-2", "Size": 9}],
                "Gone": null,
                "Empty": [],
                "New": "New",
            })
        );
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
