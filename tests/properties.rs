//! Property tests over every documented action, with values derived from the shape tables
//! (no per-action strategy): requests valid under the shape survive the runtime's encoding
//! and the mock's decoding; response values survive serialization and decoding; every
//! generated enum keeps values the documentation does not list.
//!
//! Case counts are modest (`CASES` per action) so the suite stays quick; raise them with
//! `PROPTEST_CASES=10000 cargo test -p sdk-tests --test suite properties::`.

use std::any::TypeId;
use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};
use sdk_runtime::protocol::form;
use sdk_runtime::{Config, Credentials, ServiceClient};
use sdk_shape::{Action, ActionShape, Kind, MemberShape, Protocol, Rule, ServiceShape};
use sdk_tests::{every_service, label};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

const CASES: u32 = 256;

fn runner() -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    TestRunner::new(RunnerConfig {
        cases,
        // Failures print the minimal case; no regression files in the source tree.
        failure_persistence: None,
        ..RunnerConfig::default()
    })
}

// ---------------------------------------------------------------------------------------
// Strategies derived from the shapes.

/// Strings a request may carry: identifiers, anything Unicode (control characters, astral
/// planes), and the characters that matter to the form encoding and its dotted keys.
fn any_string() -> BoxedStrategy<String> {
    let tricky = select(vec![
        "", " ", "a b", "a+b", "100%", "%20", "%zz", "x&y=z", "Key.1", "..", "~*'()", "=", "中文",
        "é", "🎉", "\t\r\n", "\u{0}", "\u{7f}", "\u{feff}", "null", "true", "12",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        3 => "[a-z0-9-]{0,16}",
        3 => proptest::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter),
        2 => tricky,
        2 => proptest::collection::vec(select(vec!['&', '=', '+', '%', '.', ' ', '/', '?', '#', 'é', '中', '😀']), 0..8)
            .prop_map(String::from_iter),
    ]
    .boxed()
}

/// The range an integer member accepts: its type's range narrowed by the documented limits.
fn int_range(member: &MemberShape) -> (i128, i128) {
    let (lo, hi): (i128, i128) = match member.kind {
        Kind::Int32 => (i32::MIN.into(), i32::MAX.into()),
        Kind::Int64 => (i64::MIN.into(), i64::MAX.into()),
        _ => (0, u64::MAX.into()),
    };
    let lo = member.minimum.map_or(lo, |m| lo.max(m.into()));
    let hi = member.maximum.map_or(hi, |m| hi.min(m.into()));
    (lo, hi)
}

fn int_value(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(n) => Value::from(n),
        Err(_) => Value::from(u64::try_from(n).expect("in u64 range")),
    }
}

fn integer(member: &MemberShape) -> BoxedStrategy<Value> {
    let (lo, hi) = int_range(member);
    let edges: Vec<i128> = [lo, hi, lo + 1, hi - 1, 0, 1, -1]
        .into_iter()
        .filter(|n| (lo..=hi).contains(n))
        .collect();
    // i128 ranges are not a proptest strategy; pick a point by a uniform u128 offset.
    let span = (hi - lo) as u128;
    let uniform = any::<u128>().prop_map(move |r| {
        let offset = if span == u128::MAX { r } else { r % (span + 1) };
        lo + offset as i128
    });
    prop_oneof![1 => select(edges), 3 => uniform]
        .prop_map(int_value)
        .boxed()
}

/// A valid value of one item of `member` (ignoring `list`).
fn item(member: &'static MemberShape, depth: u32) -> BoxedStrategy<Value> {
    match member.kind {
        // `.` and `..` in a path would change the path itself: the runtime refuses them.
        Kind::String if member.location == sdk_shape::Location::Path => any_string()
            .prop_filter("a path segment", |s| s != "." && s != "..")
            .prop_map(Value::String)
            .boxed(),
        // Items joined with commas cannot hold one, and an empty item reads as no item.
        Kind::String if member.style == Some(sdk_shape::Style::Simple) => any_string()
            .prop_filter("a comma-free item", |s| !s.is_empty() && !s.contains(','))
            .prop_map(Value::String)
            .boxed(),
        Kind::String => any_string().prop_map(Value::String).boxed(),
        // Only valid times and crontabs: the documented formats are checked before sending.
        Kind::DateTime => "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])"
            .prop_map(Value::String)
            .boxed(),
        Kind::Crontab => "([0-5]?[0-9]|\\*|\\*/[1-9]) ([01]?[0-9]|2[0-3]|\\*) ([1-9]|[12][0-9]|3[01]|\\*|\\?) ([1-9]|1[0-2]|\\*) ([0-7]|[1-5]-[6-7]|\\*)"
            .prop_map(Value::String)
            .boxed(),
        Kind::Int32 | Kind::Int64 | Kind::Uint64 => integer(member),
        Kind::Number => {
            let lo = member.minimum.map_or(-1e12, |lo| lo as f64);
            let hi = member.maximum.map_or(1e12, |hi| hi as f64);
            // Three decimals: serde_json reads such numbers back exactly (without its
            // `float_roundtrip` feature, 971876905496.3684 comes back ...3685).
            (lo..=hi)
                .prop_map(|n| {
                    let n = (n * 1000.0).round() / 1000.0;
                    serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
                })
                .boxed()
        }
        Kind::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
        // A free-form value, as the vendors' free maps hold: an object of strings. A form or
        // a query says nothing of the types inside it (a number comes back a string), and a
        // string sent as one JSON text is ambiguous (the official SDK sends it as is), so
        // the values that survive every place are these.
        Kind::Json => proptest::collection::btree_map("[a-z][a-z0-9_]{0,7}", any_string(), 1..3)
            .prop_map(|m| {
                Value::Object(m.into_iter().map(|(k, v)| (k, Value::String(v))).collect())
            })
            .boxed(),
        Kind::Enum(shape) => {
            let documented: Vec<&'static str> = shape.values.iter().map(|v| v.value).collect();
            prop_oneof![3 => select(documented).prop_map(str::to_owned), 1 => any_string()]
                .prop_map(Value::String)
                .boxed()
        }
        Kind::Struct(shape) => {
            let object = object(shape.members, shape.rules, depth + 1);
            match member.filter {
                Some(filter) => {
                    let names: Vec<&'static str> = filter.names.iter().map(|n| n.name).collect();
                    let name = if names.is_empty() {
                        any_string().boxed()
                    } else {
                        select(names).prop_map(str::to_owned).boxed()
                    };
                    let max = filter.max_values.unwrap_or(5).min(5) as usize;
                    let values = proptest::collection::vec(any_string(), 0..=max);
                    (object, name, values)
                        .prop_map(|(mut object, name, values)| {
                            object.insert("Name".into(), Value::String(name));
                            object.insert(
                                "Values".into(),
                                Value::Array(values.into_iter().map(Value::String).collect()),
                            );
                            Value::Object(object)
                        })
                        .boxed()
                }
                None => object.prop_map(Value::Object).boxed(),
            }
        }
    }
}

/// A valid value of `member`: one item, or a list of at most `max_items` (kept short, with
/// full-length lists now and then).
fn member_value(member: &'static MemberShape, depth: u32) -> BoxedStrategy<Value> {
    if !member.list {
        return item(member, depth);
    }
    let max = member.max_items.map_or(6, |m| m as usize);
    // A required list has an item: an empty one is absent in a form, and so missing.
    let min = usize::from(member.required).min(max);
    let short = proptest::collection::vec(item(member, depth), min..=max.min(6).max(min));
    let strategy = if max > 6 && depth == 0 {
        prop_oneof![9 => short, 1 => proptest::collection::vec(item(member, depth), max)].boxed()
    } else {
        short.boxed()
    };
    strategy.prop_map(Value::Array).boxed()
}

/// An object of `members`: every required member (and every member a rule may require),
/// each optional one half the time. Nested objects stop adding optional members below a
/// small depth.
fn object(
    members: &'static [MemberShape],
    rules: &'static [Rule],
    depth: u32,
) -> BoxedStrategy<Map<String, Value>> {
    let sometimes_required = |name: &str| {
        rules
            .iter()
            .any(|r| matches!(r, Rule::RequiredIf { member, .. } if *member == name))
    };
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = members
        .iter()
        .map(|m| {
            let value = member_value(m, depth).prop_map(move |v| Some((m.name.to_owned(), v)));
            if m.required || sometimes_required(m.name) {
                value.boxed()
            } else if depth > 3 {
                Just(None).boxed()
            } else {
                prop_oneof![Just(None), value].boxed()
            }
        })
        .collect();
    parts
        .prop_map(|parts| parts.into_iter().flatten().collect::<Map<_, _>>())
        .boxed()
}

/// A request valid under `action`'s shape: of each set of mutually exclusive members, only
/// one (picked at random) is kept.
fn request(action: &'static ActionShape) -> BoxedStrategy<Value> {
    (object(action.input, action.rules, 0), any::<Index>())
        .prop_map(move |(mut object, pick)| {
            for rule in action.rules {
                let Rule::MutuallyExclusive(names) = rule else {
                    continue;
                };
                let given: Vec<&str> = names
                    .iter()
                    .copied()
                    .filter(|n| object.contains_key(*n))
                    .collect();
                if given.len() > 1 {
                    let keep = given[pick.index(given.len())];
                    for name in given.iter().filter(|n| **n != keep) {
                        object.remove(*name);
                    }
                }
            }
            Value::Object(object)
        })
        .boxed()
}

/// A response body of `action` (Tencent's `Response` content, Alibaba's whole body): every
/// documented member may appear, required members of objects always do. With `nulls`,
/// members documented as nullable are sometimes `null`.
fn response(action: &'static ActionShape, nulls: bool) -> BoxedStrategy<Value> {
    output_object(action.output, nulls, 0)
        .prop_map(Value::Object)
        .boxed()
}

fn output_object(
    members: &'static [MemberShape],
    nulls: bool,
    depth: u32,
) -> BoxedStrategy<Map<String, Value>> {
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = members
        .iter()
        .map(|m| {
            let value = output_value(m, nulls, depth);
            let value = if nulls && m.nullable {
                prop_oneof![3 => value, 1 => Just(Value::Null)].boxed()
            } else {
                value
            };
            let present = value.prop_map(move |v| Some((m.name.to_owned(), v)));
            if m.required {
                present.boxed()
            } else if depth > 3 {
                Just(None).boxed()
            } else {
                prop_oneof![Just(None), present].boxed()
            }
        })
        .collect();
    parts
        .prop_map(|parts| parts.into_iter().flatten().collect::<Map<_, _>>())
        .boxed()
}

fn output_value(member: &'static MemberShape, nulls: bool, depth: u32) -> BoxedStrategy<Value> {
    let one = match member.kind {
        Kind::Struct(shape) => output_object(shape.members, nulls, depth + 1)
            .prop_map(Value::Object)
            .boxed(),
        _ => item(member, depth),
    };
    if member.list {
        proptest::collection::vec(one, 0..4)
            .prop_map(Value::Array)
            .boxed()
    } else {
        one
    }
}

// ---------------------------------------------------------------------------------------
// (a) requests: typed round trip, then the runtime's encoding and the mock's decoding.

/// What the form encoding cannot carry: empty lists and objects (and nulls) have no pairs,
/// so they are absent after a round trip, and a list item with no pairs closes up. This is
/// Alibaba's RPC encoding (its own SDKs send nothing for them too), not a loss in our code.
fn without_empties(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Array(items) => {
            let items: Vec<Value> = items.iter().filter_map(without_empties).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(members) => {
            let members: Map<String, Value> = members
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), without_empties(v)?)))
                .collect();
            (!members.is_empty()).then_some(Value::Object(members))
        }
        other => Some(other.clone()),
    }
}

fn client(service: &'static ServiceShape) -> ServiceClient {
    let config = Config::builder()
        .credentials(Credentials::new("AKIDproperty", "property-secret").with_token("tok"))
        .region("ap-guangzhou")
        .endpoint("http://127.0.0.1:9")
        .build();
    ServiceClient::new(service, config).expect("a client for a loopback endpoint")
}

/// One action's request property: `runs` counts the cases for the summary.
fn requests_round_trip<A>(service: &'static ServiceShape) -> u32
where
    A: Action,
    A::Request: DeserializeOwned + PartialEq,
{
    let client = client(service);
    let action = A::SHAPE;
    let runs = std::cell::Cell::new(0u32);
    runner()
        .run(&request(action), |value| {
            runs.set(runs.get() + 1);
            // The strategy makes only valid requests.
            sdk_shape::validate_input(action, &value).map_err(|e| {
                TestCaseError::fail(format!("strategy made an invalid request: {e}"))
            })?;
            // Through the generated request type and back, unchanged.
            let typed: A::Request = serde_json::from_value(value.clone())
                .map_err(|e| TestCaseError::fail(format!("does not decode: {e}")))?;
            prop_assert_eq!(&serde_json::to_value(&typed).unwrap(), &value);
            // The exact body the runtime would send, read the way the mock reads it.
            let prepared = client
                .prepare(action, &value, 1_700_000_000, "nonce")
                .map_err(|e| TestCaseError::fail(format!("prepare: {e}")))?;
            match service.protocol {
                Protocol::Tc3Json => {
                    let back: Value = serde_json::from_slice(&prepared.body)
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert_eq!(&back, &value);
                }
                Protocol::Acs3Rpc | Protocol::Acs3Roa => {
                    // The request as the mock reads it from where the action's binding put
                    // each member (path, query, headers, form or JSON body). Empty lists and
                    // objects are absent in a form and present in JSON: both mean nothing.
                    let rest = prepared
                        .url
                        .strip_prefix("http://127.0.0.1:9")
                        .unwrap_or("/");
                    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                    let back = sdk_mock::read_alibaba_request(
                        action,
                        prepared.method,
                        path,
                        query,
                        &prepared.headers,
                        &prepared.body,
                    )
                    .map_err(|e| TestCaseError::fail(format!("{}: {e:?}", prepared.url)))?;
                    let expected = without_empties(&value).unwrap_or(Value::Object(Map::new()));
                    let body = String::from_utf8_lossy(&prepared.body);
                    prop_assert_eq!(
                        &without_empties(&back).unwrap_or(Value::Object(Map::new())),
                        &expected,
                        "{} {}",
                        prepared.url,
                        body
                    );
                    // A form cannot carry an empty list or object: a request whose meaning
                    // needs one (a required list of empty objects) is not one a form sends.
                    if sdk_shape::validate_input(action, &expected).is_ok() {
                        sdk_shape::validate_input(action, &back)
                            .map_err(|e| TestCaseError::fail(format!("decoded request: {e}")))?;
                        // The typed request survives the round trip too.
                        let typed_back: A::Request = serde_json::from_value(back)
                            .map_err(|e| TestCaseError::fail(format!("decoded: {e}")))?;
                        let again = serde_json::to_value(&typed_back).unwrap();
                        prop_assert_eq!(
                            &without_empties(&again).unwrap_or(Value::Object(Map::new())),
                            &expected
                        );
                    }
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{}: {e}", action.name));
    runs.get()
}

/// Every action of every service, typed (the generated `sdk_services::for_each_action!`
/// names them all).
macro_rules! each_action {
    ($f:ident) => {{
        let mut done: Vec<(&str, u32)> = Vec::new();
        macro_rules! run {
            ($service:expr, $a:ty) => {
                done.push((<$a as sdk_shape::Action>::SHAPE.name, $f::<$a>($service)));
            };
        }
        sdk_services::for_each_action!(run);
        let actions: usize = every_service().iter().map(|s| s.actions.len()).sum();
        assert_eq!(
            done.len(),
            actions,
            "every action of every service is checked"
        );
        done
    }};
}

#[test]
fn every_valid_request_survives_encoding_and_the_mocks_decoding() {
    let done = each_action!(requests_round_trip);
    eprintln!("request cases per action: {done:?}");
}

/// The form encoding is generic, so it is checked against the nested shapes of every
/// action of every service, not only those sent as forms (lists of objects, lists of more
/// than nine items, integers of every width).
#[test]
fn the_form_encoding_round_trips_the_members_of_every_action() {
    let mut done = Vec::new();
    for service in every_service() {
        for &action in service.actions {
            let runs = std::cell::Cell::new(0u32);
            runner()
                .run(&request(action), |value| {
                    runs.set(runs.get() + 1);
                    let body = form::encode(&value);
                    let back = form::decode(&body, action)
                        .map_err(|e| TestCaseError::fail(format!("{body}: {e}")))?;
                    let expected = without_empties(&value).unwrap_or(Value::Object(Map::new()));
                    prop_assert_eq!(&back, &expected, "form body {}", body);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{}: {e}", action.name));
            done.push((action.name, runs.get()));
        }
    }
    eprintln!("form cases per action: {done:?}");
}

// ---------------------------------------------------------------------------------------
// (b) responses: JSON built from the output shapes → typed → JSON.

fn responses_round_trip<A>(_service: &'static ServiceShape) -> u32
where
    A: Action,
    A::Response: Serialize + PartialEq,
{
    let action = A::SHAPE;
    let runs = std::cell::Cell::new(0u32);
    // Without nulls, nothing may change at all.
    runner()
        .run(&response(action, false), |body| {
            runs.set(runs.get() + 1);
            let typed: A::Response = serde_json::from_value(body.clone())
                .map_err(|e| TestCaseError::fail(format!("does not decode: {e}")))?;
            let text = serde_json::to_string(&typed).unwrap();
            let back: Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&back, &body);
            let again: A::Response = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(again, typed);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{}: {e}", action.name));
    // With documented nulls: they read as absent, and decode → encode → decode is stable.
    runner()
        .run(&response(action, true), |body| {
            runs.set(runs.get() + 1);
            let typed: A::Response = serde_json::from_value(body.clone())
                .map_err(|e| TestCaseError::fail(format!("does not decode: {e}")))?;
            let text = serde_json::to_string(&typed).unwrap();
            let again: A::Response = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&again, &typed);
            prop_assert_eq!(serde_json::to_string(&again).unwrap(), text);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{} (with nulls): {e}", action.name));
    runs.get()
}

#[test]
fn every_response_value_survives_serialization_and_decoding() {
    let done = each_action!(responses_round_trip);
    eprintln!("response cases per action: {done:?}");
}

// ---------------------------------------------------------------------------------------
// (c) enums: documented values give their variant, anything else `Unknown(s)` → `s`.

/// What the round trip needs of a generated enum: every one is built from and shown as its
/// wire string, and keeps values the documentation does not list in `Unknown(value)`.
trait WireEnum: for<'a> From<&'a str> + From<String> + Serialize + DeserializeOwned {
    fn wire(&self) -> String;
    fn unknown(&self) -> bool;
}

impl<T> WireEnum for T
where
    T: for<'a> From<&'a str>
        + From<String>
        + Serialize
        + DeserializeOwned
        + std::fmt::Display
        + std::fmt::Debug,
{
    fn wire(&self) -> String {
        self.to_string()
    }
    fn unknown(&self) -> bool {
        // The derived Debug names the variant.
        format!("{self:?}").starts_with("Unknown(")
    }
}

/// Strings that are not documented values: anything, and near misses of documented ones
/// (case changed, padded) which must not be taken for them.
fn undocumented(documented: &'static [&'static str]) -> BoxedStrategy<String> {
    let near = (select(documented.to_vec()), 0..4u8).prop_map(|(v, how)| match how {
        0 => v.to_lowercase(),
        1 => format!(" {v}"),
        2 => format!("{v} "),
        _ => v.chars().rev().collect(),
    });
    prop_oneof![any_string(), near]
        .prop_filter("a documented value", move |s| {
            !documented.contains(&s.as_str())
        })
        .boxed()
}

fn enum_round_trip<E: WireEnum>(name: &str, documented: &'static [&'static str]) -> u32 {
    for &value in documented {
        let known = E::from(value);
        assert!(!known.unknown(), "{name}: {value:?} is documented");
        assert_eq!(known.wire(), value);
        assert_eq!(serde_json::to_value(&known).unwrap(), Value::from(value));
        let read: E = serde_json::from_value(Value::from(value)).unwrap();
        assert!(!read.unknown() && read.wire() == value, "{name}: {value:?}");
        assert_eq!(E::from(value.to_owned()).wire(), value);
    }
    let runs = std::cell::Cell::new(0u32);
    runner()
        .run(&undocumented(documented), |s| {
            runs.set(runs.get() + 1);
            let from_str = E::from(s.as_str());
            prop_assert!(from_str.unknown(), "{:?} should be Unknown", s);
            prop_assert_eq!(from_str.wire(), s.as_str());
            prop_assert!(E::from(s.clone()).unknown());
            let json = serde_json::to_string(&from_str).unwrap();
            prop_assert_eq!(&json, &serde_json::to_string(&s).unwrap());
            let read: E = serde_json::from_str(&json).unwrap();
            prop_assert!(read.unknown());
            prop_assert_eq!(read.wire(), s.as_str());
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    runs.get()
}

/// The documented values of an enum shape, leaked to `'static` (a few dozen strings).
fn values_of(shape: &'static sdk_shape::EnumShape) -> &'static [&'static str] {
    Box::leak(
        shape
            .values
            .iter()
            .map(|v| v.value)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

/// Every code of a service: the common ones, its own, and those its pages document.
fn codes_of(service: &'static ServiceShape) -> &'static [&'static str] {
    let codes: BTreeSet<&'static str> = service
        .actions
        .iter()
        .flat_map(|a| a.errors)
        .chain(service.common_errors)
        .chain(service.service_errors)
        .map(|e| e.code)
        .collect();
    Box::leak(codes.into_iter().collect::<Vec<_>>().into_boxed_slice())
}

/// The families (prefixes before the first dot) of `codes`.
fn families_of(codes: &'static [&'static str]) -> &'static [&'static str] {
    let families: BTreeSet<&'static str> = codes
        .iter()
        .map(|c| c.split('.').next().unwrap_or(c))
        .collect();
    Box::leak(families.into_iter().collect::<Vec<_>>().into_boxed_slice())
}

/// Every enum reachable from the request and response members of `services`, by name.
fn reachable_enums(services: &[&'static ServiceShape]) -> BTreeSet<String> {
    fn walk(service: &str, members: &'static [MemberShape], out: &mut BTreeSet<String>) {
        for m in members {
            match m.kind {
                Kind::Enum(e) => {
                    out.insert(format!("{service}::{}", e.name));
                }
                Kind::Struct(s) => walk(service, s.members, out),
                _ => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    for service in services {
        for action in service.actions {
            walk(&label(service), action.input, &mut out);
            walk(&label(service), action.output, &mut out);
        }
    }
    out
}

#[test]
fn unknown_enum_values_round_trip_for_every_generated_enum() {
    let services = every_service();
    let mut checked: Vec<(String, u32)> = Vec::new();
    macro_rules! check {
        ($service:expr, $t:ty, $shape:expr) => {
            checked.push((
                format!("{}::{}", label($service), $shape.name),
                enum_round_trip::<$t>($shape.name, values_of(&$shape)),
            ));
        };
    }
    sdk_services::for_each_enum!(check);
    let names: BTreeSet<String> = checked.iter().map(|(n, _)| n.clone()).collect();
    let reachable = reachable_enums(&services);
    assert!(
        reachable.is_subset(&names),
        "every enum of the spec is checked here: missing {:?}",
        reachable.difference(&names).collect::<Vec<_>>()
    );

    // Error codes: one enum per service holding every code any list of the service names,
    // which every action's `ErrorCode` is; each code's family is the part before the dot.
    let mut codes = Vec::new();
    let mut families = Vec::new();
    let mut code_types: Vec<(&'static ServiceShape, TypeId)> = Vec::new();
    macro_rules! codes {
        ($service:expr, $code:ty, $family:ty) => {
            let service: &'static ServiceShape = $service;
            code_types.push((service, TypeId::of::<$code>()));
            let name = label(service);
            let documented = codes_of(service);
            codes.push(enum_round_trip::<$code>(
                &format!("{name}::ErrorCode"),
                documented,
            ));
            families.push(enum_round_trip::<$family>(
                &format!("{name}::ErrorFamily"),
                families_of(documented),
            ));
            for &code in documented {
                let family = <$code>::from(code).family();
                assert!(!family.is_unknown(), "{name}: {code}");
                assert_eq!(family.as_str(), code.split('.').next().unwrap());
            }
        };
    }
    sdk_services::for_each_service!(codes);
    // An undocumented code of a documented family still has that family.
    assert_eq!(
        tat_model::ErrorCode::from("InvalidParameterValue.NotYetDocumented").family(),
        tat_model::ErrorFamily::InvalidParameterValue
    );
    let mut actions = 0;
    macro_rules! shared {
        ($service:expr, $a:ty) => {
            let service: &'static ServiceShape = $service;
            let code = code_types.iter().find(|(s, _)| std::ptr::eq(*s, service));
            assert_eq!(
                code.map(|(_, t)| *t),
                Some(TypeId::of::<<$a as sdk_shape::Action>::ErrorCode>()),
                "{} uses its service's ErrorCode",
                <$a as sdk_shape::Action>::SHAPE.name
            );
            actions += 1;
        };
    }
    sdk_services::for_each_action!(shared);
    let total: usize = services.iter().map(|s| s.actions.len()).sum();
    assert_eq!(actions, total, "every action checked");
    eprintln!("enum cases: {checked:?}, error codes: {codes:?}, families: {families:?}");
}
