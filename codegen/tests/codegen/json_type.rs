//! Free-form members (`"type": "Json"`, the vendors' free maps and `Any`): accepted as a
//! primitive, every example fits, and the generated code holds `serde_json::Value`.

use serde_json::json;

use crate::generate::{error_of, fixture, output_file, with_json, ACTION, WIDGET};

/// The fixture with a free-form request member (with an example and a documented request
/// using it) and a free-form list in the answer's `Widget`.
fn with_free_members() -> Vec<codegen::SourceFile> {
    let mut files = with_json(ACTION, |v| {
        v["input"].as_array_mut().unwrap().push(json!({
            "name": "Labels", "type": "Json", "description": "Labels, any JSON.",
            "example": {"env": "prod", "tiers": [1, 2]}
        }));
        v["examples"][0]["request"]["Labels"] = json!({"team": "a\u{1}b", "on": true, "n": null});
    });
    let widget = with_json(WIDGET, |v| {
        v["members"].as_array_mut().unwrap().push(json!({
            "name": "Extras", "type": "Json", "list": true, "description": "Anything."
        }));
    });
    let path = WIDGET;
    let i = files.iter().position(|f| f.path == path).unwrap();
    files[i] = widget.into_iter().find(|f| f.path == path).unwrap();
    files
}

#[test]
fn a_free_form_member_is_a_serde_json_value() {
    let files = with_free_members();
    let action = output_file(&files, "crates/demo-model/src/actions/list_widgets.rs");
    assert!(
        action.contains("pub labels: Option<serde_json::Value>,"),
        "{action}"
    );
    assert!(action.contains("kind: sdk_shape::Kind::Json,"), "{action}");
    // The member's documented example is kept for the mock's answers and the CLI.
    assert!(
        action.contains(r#"example: Some("{\"env\":\"prod\",\"tiers\":[1,2]}"),"#),
        "{action}"
    );
    let widget = output_file(&files, "crates/demo-model/src/types/widget.rs");
    assert!(
        widget.contains("pub extras: Option<Vec<serde_json::Value>>,"),
        "{widget}"
    );
    assert!(
        widget.contains("pub fn extras(&self) -> &[serde_json::Value]"),
        "{widget}"
    );
    let builder = output_file(&files, "crates/demo-client/src/builders/list_widgets.rs");
    assert!(
        builder.contains("pub fn labels(mut self, value: impl Into<serde_json::Value>) -> Self"),
        "{builder}"
    );
    // The documented request is written with `json!`, strings as Rust literals.
    assert!(
        builder
            .contains(r#".labels(serde_json::json!({"team": "a\u{1}b", "on": true, "n": null}))"#),
        "{builder}"
    );
    let model = output_file(&files, "crates/demo-model/Cargo.toml");
    assert!(model.contains("\nserde_json.workspace = true\n"), "{model}");
    let client = output_file(&files, "crates/demo-client/Cargo.toml");
    assert!(
        client.contains("\nsdk-runtime.workspace = true\nserde_json.workspace = true\n"),
        "{client}"
    );
    // Without a free-form member, neither crate depends on serde_json.
    let files = fixture();
    for krate in ["demo-model", "demo-client"] {
        let manifest = output_file(&files, &format!("crates/{krate}/Cargo.toml"));
        assert!(!manifest.contains("serde_json"), "{manifest}");
    }
}

#[test]
fn every_example_fits_a_free_form_member() {
    for example in [json!("text"), json!(3), json!([{"a": 1}]), json!(false)] {
        let files = with_json(ACTION, |v| {
            v["input"].as_array_mut().unwrap().push(json!({
                "name": "Labels", "type": "Json", "description": "Any.", "example": example
            }));
            v["examples"][0]["request"]["Labels"] = example.clone();
        });
        codegen::resolve(&files).unwrap_or_else(|e| panic!("{example}: {e}"));
    }
}

#[test]
fn a_format_does_not_apply_to_json() {
    let files = with_json(ACTION, |v| {
        v["input"].as_array_mut().unwrap().push(json!({
            "name": "Labels", "type": "Json", "format": "int64", "description": "Any."
        }));
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/4/format: format Int64 does not apply to Json"
    );
}
