//! The change report on scripted edits of the committed spec: one edit per change class, each
//! with the verdict it must get. `scripts/semver-verdicts.sh` confirms the same edits with
//! cargo-semver-checks on the generated crates.

use std::path::Path;

use codegen::load::SourceFile;
use importer::changes::{bump, compare, Change, Level, MARKDOWN_LIMIT};
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
                files.retain(|f| !f.path.ends_with("tat/2020-10-28/types/TaskResult.json"));
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
        (
            // An Integer without a format is int64, a Number f64 whatever its precision:
            // no type changes.
            "23 the same type spelt another way",
            edited("tat/2020-10-28/types/TaskResult.json", |v| {
                member(v, "members", "ExitCode")["format"] = json!("int64")
            }),
            vec![],
        ),
        (
            "24 a filter's description",
            edited(INVOCATIONS, |v| {
                member(v, "input", "Filters")["filters"]["names"][0]["description"] =
                    json!("Another description.")
            }),
            vec![("description-changed", Docs)],
        ),
        (
            "25 an enum value's description",
            edited("tat/2020-10-28/types/InvokerType.json", |v| {
                v["values"][0]["description"] = json!("Another description.")
            }),
            vec![("description-changed", Docs)],
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
    assert!(
        md.contains(
            "| `member-removed` | `DescribeInvocations.output.TotalCount` | member removed |"
        ),
        "{md}"
    );
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["breaking"], true);
    assert_eq!(json["changes"][0]["level"], "docs");
    assert_eq!(json["changes"][1]["id"], "member-removed");
}

/// The position of `needle` in `md`, which must contain it.
fn at(md: &str, needle: &str) -> usize {
    md.find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in:\n{md}"))
}

/// Every action's `RequestId` described anew, one action's differently.
fn request_ids_redescribed() -> Vec<SourceFile> {
    let mut files = spec();
    for f in files
        .iter_mut()
        .filter(|f| f.path.starts_with("spec/tat/") && f.path.contains("/actions/"))
    {
        let mut v: Value = serde_json::from_str(&f.text).unwrap();
        let text = if v["name"] == "RunCommand" {
            "The request's own ID, which support asks for."
        } else {
            "The unique request ID, generated by the server for every request. RequestId is required for locating a problem."
        };
        member(&mut v, "output", "RequestId")["description"] = json!(text);
        f.text = serde_json::to_string_pretty(&v).unwrap();
    }
    files
}

#[test]
fn breaking_then_additive_then_docs_collapsed_per_action() {
    // In file order: a docs change, then a breaking one, then additive, across two actions.
    let mut after = edited(INVOCATIONS, |v| {
        member(v, "input", "Offset")["description"] = json!("Where to start.");
        v["output"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["name"] != "TotalCount");
        v["input"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "Verbose", "type": "Boolean", "description": "More."}));
    });
    let f = after
        .iter_mut()
        .find(|f| f.path.ends_with(CREATE_INVOKER))
        .unwrap();
    let mut v: Value = serde_json::from_str(&f.text).unwrap();
    member(&mut v, "input", "Name")["description"] = json!("The invoker's name.");
    f.text = serde_json::to_string_pretty(&v).unwrap();

    let md = compare(&spec(), &after).unwrap().to_markdown();
    let breaking = at(&md, "### Breaking: 1 change\n");
    let additive = at(&md, "### Additive: 1 change\n");
    let docs = at(&md, "### Docs only: 2 changes\n");
    assert!(breaking < additive && additive < docs, "{md}");
    assert!(at(&md, "`member-removed`") < additive, "{md}");
    assert!((additive..docs).contains(&at(&md, "`DescribeInvocations.input.Verbose`")));
    // Docs rows are inside collapsed blocks, one per action, each with its own table.
    let rest = &md[docs..];
    assert!(rest.starts_with("### Docs only: 2 changes\n\n<details>\n<summary>2 documentation changes in 2 actions and types</summary>\n\n"), "{rest}");
    let invoker = at(rest, "<details>\n<summary><code>CreateInvoker</code>: 1 change</summary>\n\n| check | where | change |\n|---|---|---|\n| `description-changed` | `input.Name` |");
    let invocations = at(rest, "<details>\n<summary><code>DescribeInvocations</code>: 1 change</summary>\n\n| check | where | change |\n|---|---|---|\n| `description-changed` | `input.Offset` |");
    assert!(invoker < invocations, "{rest}");
    assert_eq!(rest.matches("<details>").count(), 3, "{rest}");
    assert_eq!(rest.matches("</details>").count(), 3, "{rest}");
    assert!(!md[..docs].contains("<details>"), "{md}");
}

#[test]
fn the_same_change_at_many_places_is_one_row() {
    let after = request_ids_redescribed();
    let r = compare(&spec(), &after).unwrap();
    let actions = r.changes.len();
    assert!(actions >= 20, "{actions}");
    let md = r.to_markdown();
    let folded = md
        .lines()
        .filter(|l| l.contains("`output.RequestId` ×"))
        .collect::<Vec<_>>();
    assert_eq!(folded.len(), 1, "{md}");
    let row = folded[0];
    assert!(
        row.starts_with(&format!(
            "| `description-changed` | `output.RequestId` ×{} (`CancelInvocation`, `CreateCommand`, `CreateInvoker` and {} more) | ",
            actions - 1,
            actions - 4
        )),
        "{row}"
    );
    // RunCommand's change differs: its own row, in its own block.
    assert!(
        md.contains("<summary><code>RunCommand</code>: 1 change</summary>"),
        "{md}"
    );
    assert!(
        md.contains("| `description-changed` | `output.RequestId` | The ~~unique~~ request ~~ID,"),
        "{md}"
    );
    assert!(
        md.contains("<summary>The same change at several places: 1 row, "),
        "{md}"
    );
    // The JSON keeps every place.
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["changes"].as_array().unwrap().len(), actions);
}

#[test]
fn a_description_change_shows_the_words_that_changed() {
    let old = "Number of returned results. Default value: 20. Maximum value: 100. The value must be a whole number.";
    let new = "Number of returned results. Default value: 20. Maximum value: 200. The value must be a whole number.";
    let before = edited(INVOCATIONS, |v| {
        member(v, "input", "Limit")["description"] = json!(old)
    });
    let after = edited(INVOCATIONS, |v| {
        member(v, "input", "Limit")["description"] = json!(new)
    });
    let r = compare(&before, &after).unwrap();
    let md = r.to_markdown();
    assert!(
        md.contains("| `description-changed` | `input.Limit` | … 20. Maximum value: ~~100~~ **200**. The value must … |"),
        "{md}"
    );
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["changes"][0]["old"], old);
    assert_eq!(json["changes"][0]["new"], new);

    // An error code's description the same way.
    let after = edited(CREATE_INVOKER, |v| {
        let e = v["errors"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|e| e["code"] == "InvalidParameterValue.InvalidTimeFormat")
            .unwrap();
        e["description"] = json!("The time format is invalid: use YYYY-MM-DD.");
    });
    let md = compare(&spec(), &after).unwrap().to_markdown();
    let row = md
        .lines()
        .find(|l| l.starts_with("| `error-description-changed` |"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(row.contains("**") && row.contains("YYYY-MM-DD"), "{row}");
}

#[test]
fn a_renamed_example_is_one_row_with_both_titles() {
    let after = edited(INVOCATIONS, |v| {
        v["examples"][0]["title"] = json!("Querying an invocation")
    });
    let md = compare(&spec(), &after).unwrap().to_markdown();
    assert!(
        md.contains("| `example-renamed` | `examples` | `Query Execution Activity` → `Querying an invocation` |"),
        "{md}"
    );
    assert!(
        !md.contains("example-added") && !md.contains("example-removed"),
        "{md}"
    );
}

#[test]
fn json_keeps_every_field_of_its_schema() {
    let after = request_ids_redescribed();
    let after = {
        let mut files = after;
        files.retain(|f| !f.path.ends_with("DescribeInvokerRecords.json"));
        files
    };
    let mut r = compare(&spec(), &after).unwrap();
    r.base = "main".into();
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["base"], "main");
    assert_eq!(json["breaking"], true);
    assert!(json["crates"].is_array());
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), r.changes.len());
    for c in changes {
        for key in ["id", "level", "service", "place", "detail"] {
            assert!(c[key].is_string(), "{key} in {c}");
        }
    }
    let removed = changes
        .iter()
        .find(|c| c["id"] == "action-removed")
        .unwrap();
    assert_eq!(removed["place"], "DescribeInvokerRecords");
    assert!(removed.get("old").is_none(), "{removed}");
}

#[test]
fn a_report_over_several_services_names_each() {
    let mut after = edited(INVOCATIONS, |v| {
        v["output"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["name"] != "TotalCount");
        member(v, "input", "Offset")["description"] = json!("Where to start.");
    });
    let f = after
        .iter_mut()
        .find(|f| {
            f.path
                .ends_with("eflo-controller/2022-12-15/actions/DescribeInvocations.json")
        })
        .unwrap();
    let mut v: Value = serde_json::from_str(&f.text).unwrap();
    member(&mut v, "input", "NodeId")["description"] = json!("The node.");
    f.text = serde_json::to_string_pretty(&v).unwrap();
    let md = compare(&spec(), &after).unwrap().to_markdown();
    assert!(
        md.contains(
            "| `member-removed` | tat/2020-10-28 `DescribeInvocations.output.TotalCount` |"
        ),
        "{md}"
    );
    // The same action name in two services: two blocks, each named by its service.
    assert!(
        md.contains("<summary>eflo-controller/2022-12-15 <code>DescribeInvocations</code>: 1 change</summary>"),
        "{md}"
    );
    assert!(
        md.contains("<summary>tat/2020-10-28 <code>DescribeInvocations</code>: 1 change</summary>"),
        "{md}"
    );
}

/// A release far larger than a PR description holds: `removed` actions removed and, in
/// `changed` others, every member's description rewritten (each differently, so nothing
/// folds).
fn huge_change(removed: usize, changed: usize) -> (Vec<SourceFile>, Vec<SourceFile>) {
    let base = spec();
    let src = base
        .iter()
        .find(|f| f.path.ends_with("DescribeInvokerRecords.json"))
        .unwrap()
        .clone();
    let copy = |name: &str, describe: &dyn Fn(&str) -> String| {
        let mut v: Value = serde_json::from_str(&src.text).unwrap();
        v["name"] = json!(name);
        for section in ["input", "output"] {
            for m in v[section].as_array_mut().unwrap() {
                let d = describe(m["name"].as_str().unwrap());
                m["description"] = json!(d);
            }
        }
        SourceFile {
            path: src.path.replace("DescribeInvokerRecords", name),
            text: serde_json::to_string_pretty(&v).unwrap(),
        }
    };
    let old = |m: &str| format!("The {m} of this action, as documented before this release.");
    let (mut before, mut after) = (base.clone(), base);
    for i in 0..removed {
        before.push(copy(&format!("Removed{i:05}"), &old));
    }
    for i in 0..changed {
        let name = format!("Changed{i:05}");
        before.push(copy(&name, &old));
        let new = |m: &str| format!("The {m} of action {i}, as documented since this release.");
        after.push(copy(&name, &new));
    }
    (before, after)
}

/// The rows a report's markdown shows, by check id.
fn shown(md: &str, id: &str) -> usize {
    md.lines()
        .filter(|l| l.starts_with(&format!("| `{id}` |")))
        .count()
}

#[test]
fn a_huge_change_stays_under_the_limit_docs_cut_first() {
    let (before, after) = huge_change(300, 1500);
    let r = compare(&before, &after).unwrap();
    let docs = r.changes.iter().filter(|c| c.level == Level::Docs).count();
    assert!(docs > 5000, "{docs}");
    let md = r.to_markdown();
    assert!(md.len() <= MARKDOWN_LIMIT, "{}", md.len());
    assert!(
        md.len() > MARKDOWN_LIMIT - 2_000,
        "the space is used: {}",
        md.len()
    );
    // Every breaking row is there; docs rows stop.
    assert_eq!(shown(&md, "action-removed"), 300);
    let kept = shown(&md, "description-changed");
    assert!(kept > 0 && kept < docs, "{kept}");
    let rows = 300 + docs;
    let footer = format!(
        "**{} of {rows} rows left out** ({} docs) to keep this under 60 KB: `cargo xtask changes --format json` lists every change.",
        docs - kept,
        docs - kept
    );
    assert!(
        md.trim_end().ends_with(&footer),
        "{}",
        &md[md.len() - 300..]
    );
    // The markup stays whole: every block opened is closed.
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
}

#[test]
fn a_huge_change_counts_the_breaking_rows_it_cannot_show() {
    let (before, after) = huge_change(5000, 1000);
    let r = compare(&before, &after).unwrap();
    let md = r.to_markdown();
    assert!(md.len() <= MARKDOWN_LIMIT, "{}", md.len());
    assert!(md.contains("5000 breaking, 0 additive, "), "{}", &md[..300]);
    let kept = shown(&md, "action-removed");
    assert!(kept > 500 && kept < 5000, "{kept}");
    assert_eq!(shown(&md, "description-changed"), 0);
    let docs = r.changes.iter().filter(|c| c.level == Level::Docs).count();
    assert!(
        md.contains(&format!(
            "**{} of {} rows left out** ({} breaking, {docs} docs)",
            5000 - kept + docs,
            5000 + docs,
            5000 - kept
        )),
        "{}",
        &md[md.len() - 300..]
    );
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
