//! The change report on scripted edits of the committed spec: one edit per change class, each
//! with the verdict it must get. `scripts/semver-verdicts.sh` confirms the same edits with
//! cargo-semver-checks on the generated crates.

use std::path::Path;

use codegen::load::SourceFile;
use importer::changes::{bump, compare, Change, Level};
use serde_json::{json, Value};

fn spec() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    codegen::load::read_spec_tree(root).expect("spec reads")
}

/// Apply `edit` to the JSON of the file ending with `file`.
fn edited(file: &str, edit: impl Fn(&mut Value)) -> Vec<SourceFile> {
    let mut files = spec();
    let f = files
        .iter_mut()
        .find(|f| f.path.ends_with(file))
        .expect("file exists");
    let mut v: Value = serde_json::from_str(&f.text).unwrap();
    edit(&mut v);
    f.text = serde_json::to_string_pretty(&v).unwrap();
    files
}

fn member<'a>(v: &'a mut Value, section: &str, name: &str) -> &'a mut Value {
    v[section]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["name"] == name)
        .expect("member")
}

/// The (check id, level) pairs of the report for an edit.
fn verdicts(after: &[SourceFile]) -> Vec<(&'static str, Level)> {
    let r = compare(&spec(), after).expect("compares");
    r.changes.iter().map(|c| (c.id, c.level)).collect()
}

const INVOCATIONS: &str = "tat/2020-10-28/actions/DescribeInvocations.json";
const CREATE_INVOKER: &str = "tat/2020-10-28/actions/CreateInvoker.json";
const SERVICE: &str = "tat/2020-10-28/service.json";

#[test]
fn no_edit_no_change() {
    assert!(compare(&spec(), &spec()).unwrap().changes.is_empty());
}

/// A scripted edit: its name, the spec after it, and the verdicts it must get.
type Case = (&'static str, Vec<SourceFile>, Vec<(&'static str, Level)>);

#[test]
fn each_change_class_gets_its_verdict() {
    use Level::*;
    let cases: Vec<Case> = vec![
        (
            "1 action removed",
            spec()
                .into_iter()
                .filter(|f| !f.path.ends_with("DescribeInvokerRecords.json"))
                .collect(),
            vec![("action-removed", Breaking)],
        ),
        (
            "2 action added",
            {
                let mut files = spec();
                let src = files
                    .iter()
                    .find(|f| f.path.ends_with("DescribeInvokerRecords.json"))
                    .unwrap()
                    .clone();
                files.push(SourceFile {
                    path: src
                        .path
                        .replace("DescribeInvokerRecords", "DescribeInvokerRecords2"),
                    text: src
                        .text
                        .replace("\"DescribeInvokerRecords\"", "\"DescribeInvokerRecords2\""),
                });
                files
            },
            vec![("action-added", Additive)],
        ),
        (
            "3 optional request member added",
            edited(INVOCATIONS, |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Verbose", "type": "Boolean", "description": "More."}))
            }),
            vec![("member-added", Additive)],
        ),
        (
            "4 required request member added",
            edited(INVOCATIONS, |v| {
                v["input"].as_array_mut().unwrap().push(json!({"name": "Zone", "type": "String", "required": true, "description": "Zone."}))
            }),
            vec![("member-added-required", Breaking)],
        ),
        (
            "5 response member removed",
            edited(INVOCATIONS, |v| {
                v["output"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|m| m["name"] != "TotalCount")
            }),
            vec![("member-removed", Breaking)],
        ),
        (
            "6 member type changed",
            edited(INVOCATIONS, |v| {
                member(v, "input", "Limit")["format"] = json!("int32")
            }),
            vec![("member-type-changed", Breaking)],
        ),
        (
            "7 request member becomes required",
            edited(INVOCATIONS, |v| {
                member(v, "input", "Limit")["required"] = json!(true)
            }),
            vec![("member-became-required", Breaking)],
        ),
        (
            "8 enum value added",
            edited("tat/2020-10-28/types/InvokerType.json", |v| {
                v["values"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"value": "ONCE", "description": "Once."}))
            }),
            vec![("enum-value-added", Additive)],
        ),
        (
            "9 enum value removed",
            edited("tat/2020-10-28/types/TaskStatus.json", |v| {
                v["values"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|x| x["value"] != "DELIVER_DELAYED")
            }),
            vec![("enum-value-removed", Breaking)],
        ),
        (
            "10 error code added",
            edited(CREATE_INVOKER, |v| {
                v["errors"].as_array_mut().unwrap().push(json!({"code": "LimitExceeded.InvokerQuota", "description": "Too many invokers."}))
            }),
            vec![("error-code-added", Additive)],
        ),
        (
            "11 error code removed",
            edited(SERVICE, |v| {
                v["service_errors"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|e| e["code"] != "FailedOperation.LighthouseError")
            }),
            vec![("error-code-removed", Breaking)],
        ),
        (
            // The service's own list still has it: the enum keeps the variant.
            "11b error code removed from a page only",
            edited(CREATE_INVOKER, |v| {
                v["errors"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|e| e["code"] != "InvalidParameterValue.InvalidTimeFormat")
            }),
            vec![("error-code-removed", Docs)],
        ),
        (
            "12 limit tightened",
            edited(INVOCATIONS, |v| {
                member(v, "input", "InvocationIds")["max_items"] = json!(50)
            }),
            vec![("limit-tightened", Breaking)],
        ),
        (
            "13 limit loosened",
            edited(INVOCATIONS, |v| {
                member(v, "input", "Limit")["maximum"] = json!(200)
            }),
            vec![("limit-loosened", Additive)],
        ),
        (
            "14 rule added",
            edited(CREATE_INVOKER, |v| {
                v["rules"] = json!([{"mutually_exclusive": ["Username", "Parameters"]}])
            }),
            vec![("rule-added", Breaking)],
        ),
        (
            // Old requests could not set `Verbose`: none of them is refused.
            "14b mutually exclusive with a member new in the change",
            edited(CREATE_INVOKER, |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Verbose", "type": "Boolean", "description": "More."}));
                v["rules"] = json!([{"mutually_exclusive": ["Username", "Verbose"]}]);
            }),
            vec![("member-added", Additive), ("rule-added", Additive)],
        ),
        (
            // `Username` and `Parameters` could be given together before.
            "14c mutually exclusive of two old members and a new one",
            edited(CREATE_INVOKER, |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Verbose", "type": "Boolean", "description": "More."}));
                v["rules"] = json!([{"mutually_exclusive": ["Username", "Parameters", "Verbose"]}]);
            }),
            vec![("member-added", Additive), ("rule-added", Breaking)],
        ),
        (
            // The old pair was already exclusive; the rule widens to a new member.
            "14d mutually exclusive widened to a new member",
            edited("tat/2020-10-28/actions/DescribeInvokers.json", |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Tag", "type": "String", "description": "A tag."}));
                v["rules"] = json!([{"mutually_exclusive": ["InvokerIds", "Filters", "Tag"]}]);
            }),
            vec![
                ("member-added", Additive),
                ("rule-added", Additive),
                ("rule-removed", Additive),
            ],
        ),
        (
            // Old requests never set `Mode`, so they never meet the condition.
            "14e required_if on a new `when` member",
            edited(CREATE_INVOKER, |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Mode", "type": "String", "description": "Mode."}));
                v["rules"] = json!([{"required_if": {"member": "Username", "when": "Mode", "equals": "USER"}}]);
            }),
            vec![("member-added", Additive), ("rule-added", Additive)],
        ),
        (
            // Old requests with Type = SCHEDULE lack `Zone` and are now refused.
            "14f required_if of a new member on an old `when`",
            edited(CREATE_INVOKER, |v| {
                v["input"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Zone", "type": "String", "description": "Zone."}));
                v["rules"] = json!([{"required_if": {"member": "Zone", "when": "Type", "equals": "SCHEDULE"}}]);
            }),
            vec![("member-added", Additive), ("rule-added", Breaking)],
        ),
        (
            "15 description changed",
            edited(INVOCATIONS, |v| {
                member(v, "input", "Offset")["description"] = json!("Where to start.")
            }),
            vec![("description-changed", Docs)],
        ),
        (
            "16 example changed",
            edited(INVOCATIONS, |v| {
                v["examples"][0]["response"]["Response"]["RequestId"] = json!("x")
            }),
            vec![("example-changed", Docs)],
        ),
        (
            "17 object member becomes optional",
            edited("tat/2020-10-28/types/Filter.json", |v| {
                member(v, "members", "Values")["required"] = json!(false)
            }),
            vec![("member-became-optional", Breaking)],
        ),
        (
            "18 type removed",
            {
                let mut files = edited("tat/2020-10-28/types/TaskResult.json", |_| {});
                files.retain(|f| !f.path.ends_with("types/TaskResult.json"));
                files
            },
            vec![("type-removed", Breaking)],
        ),
        (
            "19 base64 added",
            edited("tat/2020-10-28/types/InvocationTask.json", |v| {
                member(v, "members", "ErrorInfo")["base64"] = json!(true)
            }),
            vec![("member-base64-changed", Additive)],
        ),
        (
            "20 filter name removed",
            edited(INVOCATIONS, |v| {
                let f = member(v, "input", "Filters");
                f["filters"]["names"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|n| n["name"] != "instance-kind");
            }),
            vec![("filter-name-removed", Breaking)],
        ),
        (
            "21 example renamed",
            edited(INVOCATIONS, |v| {
                v["examples"][0]["title"] = json!("Querying an invocation")
            }),
            vec![("example-renamed", Docs)],
        ),
        (
            // A new title over a different body is another example, not a rename.
            "22 example replaced",
            edited(INVOCATIONS, |v| {
                v["examples"][0]["title"] = json!("Querying an invocation");
                v["examples"][0]["response"]["Response"]["RequestId"] = json!("x");
            }),
            vec![("example-added", Docs), ("example-removed", Docs)],
        ),
    ];
    assert!(cases.len() >= 12);
    for (name, after, want) in cases {
        assert_eq!(verdicts(&after), want, "{name}");
    }
}

#[test]
fn reports_read_as_markdown_and_json() {
    let after = edited(INVOCATIONS, |v| {
        v["output"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["name"] != "TotalCount");
        member(v, "input", "Offset")["description"] = json!("Where to start.");
    });
    let mut r = compare(&spec(), &after).unwrap();
    r.base = "main".into();
    assert!(r.has_breaking());
    let md = r.to_markdown();
    assert!(md.contains("1 breaking, 0 additive, 1 docs only."), "{md}");
    assert!(md.contains("| breaking | `member-removed` | tat/2020-10-28 `DescribeInvocations.output.TotalCount` | member removed |"), "{md}");
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["breaking"], true);
    assert_eq!(json["changes"][0]["level"], "docs");
    assert_eq!(json["changes"][1]["id"], "member-removed");
}

#[test]
fn versions_bump_by_cargo_semver() {
    assert_eq!(bump("0.1.0", Level::Breaking), "0.2.0");
    assert_eq!(bump("0.1.0", Level::Additive), "0.1.1");
    assert_eq!(bump("1.4.2", Level::Breaking), "2.0.0");
    assert_eq!(bump("1.4.2", Level::Additive), "1.5.0");
    assert_eq!(bump("1.4.2", Level::Docs), "1.4.3");
}

/// The change whose id is `id` in the report of an edit.
fn change(after: &[SourceFile], id: &str) -> Change {
    let r = compare(&spec(), after).expect("compares");
    r.changes
        .into_iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn rule_verdicts_say_why() {
    let exclusive = change(
        &edited(CREATE_INVOKER, |v| {
            v["input"]
                .as_array_mut()
                .unwrap()
                .push(json!({"name": "Verbose", "type": "Boolean", "description": "More."}));
            v["rules"] = json!([{"mutually_exclusive": ["Username", "Verbose"]}]);
        }),
        "rule-added",
    );
    assert_eq!(
        exclusive.detail,
        "mutually exclusive: Username, Verbose (`Verbose` new in this change: no request that passed before set it)"
    );
    let required = change(
        &edited(CREATE_INVOKER, |v| {
            v["input"]
                .as_array_mut()
                .unwrap()
                .push(json!({"name": "Zone", "type": "String", "description": "Zone."}));
            v["rules"] =
                json!([{"required_if": {"member": "Zone", "when": "Type", "equals": "SCHEDULE"}}]);
        }),
        "rule-added",
    );
    assert_eq!(
        required.detail,
        "Zone required when Type is SCHEDULE (`Zone` new, but requests that passed before with `Type` = `SCHEDULE` are refused)"
    );
}

#[test]
fn renamed_example_names_both_titles() {
    let title = "Query Execution Activity";
    let c = change(
        &edited(INVOCATIONS, |v| {
            v["examples"][0]["title"] = json!("Querying an invocation")
        }),
        "example-renamed",
    );
    assert_eq!(c.detail, format!("`{title}` → `Querying an invocation`"));
    assert_eq!(c.old.as_deref(), Some(title));
    assert_eq!(c.new.as_deref(), Some("Querying an invocation"));
    assert_eq!(c.place, "DescribeInvocations.examples");
}
