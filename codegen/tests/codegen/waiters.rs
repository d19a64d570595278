//! `waiters.json` through the generator: the tables and client methods it emits for the
//! fixture service, and one exact message per class of bad waiter.

use std::path::Path;

use codegen::SourceFile;

const WAITERS: &str = "spec/demo/2024-01-01/waiters.json";

fn fixture_with(waiters: serde_json::Value) -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture");
    let mut files = codegen::load::read_spec_tree(&root).expect("fixture is readable");
    files.push(SourceFile {
        path: WAITERS.to_owned(),
        text: serde_json::to_string_pretty(&waiters).unwrap(),
    });
    files
}

fn good() -> serde_json::Value {
    serde_json::json!({"waiters": [{
        "name": "WidgetsRed",
        "description": "Every widget listed is red.",
        "action": "ListWidgets",
        "min_delay": 1,
        "max_delay": 8,
        "acceptors": [
            {"state": "success", "output": {"path": "WidgetSet[].Color", "comparator": "allStringEquals", "expected": "RED"}},
            {"state": "failure", "output": {"path": "length(WidgetSet) == `0`", "comparator": "booleanEquals", "expected": "true"}},
            {"state": "retry", "error_code": "InvalidParameterValue.InvalidFilter"}
        ],
        "follows": [{"action": "ListWidgets", "request": {"WidgetIds": ["{RequestId}"]}}]
    }]})
}

fn error_of(waiters: serde_json::Value) -> String {
    match codegen::resolve(&fixture_with(waiters)) {
        Ok(_) => panic!("the spec was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn waiters_become_tables_and_client_methods() {
    let out = codegen::generate_from(&fixture_with(good())).expect("valid");
    let file = |path: &str| {
        out.files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path} generated"))
            .contents
            .clone()
    };
    insta::assert_snapshot!(
        "demo_model_waiters",
        file("crates/demo-model/src/waiters.rs")
    );
    let service = file("crates/demo-model/src/service.rs");
    assert!(
        service.contains("waiters: &[&crate::waiters::WIDGETS_RED]"),
        "{service}"
    );
    let client = file("crates/demo-client/src/client.rs");
    assert!(
        client.contains(
            "pub fn wait_until_widgets_red(&self) -> ListWidgetsBuilder<sdk_runtime::Waiting>"
        ),
        "{client}"
    );
    let builder = file("crates/demo-client/src/builders/list_widgets.rs");
    assert!(
        builder.contains("pub struct ListWidgetsBuilder<M = ()>"),
        "{builder}"
    );
    assert!(
        builder.contains("impl ListWidgetsBuilder<sdk_runtime::Waiting>"),
        "{builder}"
    );
}

#[test]
fn bad_waiters_say_what_and_where() {
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|w| w["name"] = "widgets red".into()),
            "/waiters/0/name: waiter name `widgets red` is not PascalCase (`InvocationFinished`)",
        ),
        (
            Box::new(|w| w["action"] = "ListWidget".into()),
            "/waiters/0/action: unknown action `ListWidget` (did you mean \"ListWidgets\"?)",
        ),
        (
            Box::new(|w| w["acceptors"][0]["output"]["path"] = "WidgetSet[".into()),
            "/waiters/0/acceptors/0/output/path: not a JMESPath expression",
        ),
        (
            Box::new(|w| w["acceptors"][1]["output"]["expected"] = "yes".into()),
            "/waiters/0/acceptors/1/output/expected: booleanEquals expects \"true\" or \"false\", not \"yes\"",
        ),
        (
            Box::new(|w| w["acceptors"][2]["error_code"] = "NoSuchCode".into()),
            "/waiters/0/acceptors/2/error_code: `NoSuchCode` is not a code ListWidgets or its service documents",
        ),
        (
            Box::new(|w| w["acceptors"][2]["success"] = true.into()),
            "/waiters/0/acceptors/2: an acceptor has exactly one of `output`, `success`, `error_code`",
        ),
        (
            Box::new(|w| w["acceptors"][2]["state"] = "success".into()),
            "/waiters/0/acceptors/2/state: a success reached by an error has no answer to return",
        ),
        (
            Box::new(|w| {
                w["acceptors"].as_array_mut().unwrap().remove(0);
            }),
            "/waiters/0/acceptors: a waiter needs at least one acceptor with state `success`",
        ),
        (
            Box::new(|w| w["max_delay"] = 0.into()),
            "/waiters/0/min_delay: delays must satisfy 1 <= min_delay <= max_delay, not 1 and 0",
        ),
        (
            Box::new(|w| w["follows"][0]["request"] = serde_json::json!({"WidgetIds": ["{Nope}"]})),
            "/waiters/0/follows/0/request: `{Nope}` names no answer member of ListWidgets",
        ),
        (
            Box::new(|w| w["follows"][0]["request"] = serde_json::json!({"Colour": "RED"})),
            "/waiters/0/follows/0/request/Colour: `Colour` is not a request member of ListWidgets",
        ),
    ];
    for (edit, expected) in cases {
        let mut spec = good();
        edit(&mut spec["waiters"][0]);
        let message = error_of(spec);
        assert!(
            message.contains(&format!("{WAITERS}: {expected}")),
            "expected {expected:?} in:\n{message}"
        );
    }
}
