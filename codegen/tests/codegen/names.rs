//! Names the vendors' metadata gives that Rust cannot take as they are: each becomes a
//! deterministic Rust name instead of an error, since Tencent's catalogue has every one of
//! them (members `RequestId` and `RequestID` side by side, an enum value `Unknown`, a data
//! type named like an action, types named `Type`, members named `Self`).

use std::path::Path;

use codegen::SourceFile;

fn fixture() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture");
    codegen::load::read_spec_tree(&root).expect("fixture is readable")
}

fn edit(files: &mut [SourceFile], path: &str, change: impl FnOnce(&mut serde_json::Value)) {
    let f = files.iter_mut().find(|f| f.path == path).expect("file");
    let mut v: serde_json::Value = serde_json::from_str(&f.text).unwrap();
    change(&mut v);
    f.text = v.to_string();
}

fn add(files: &mut Vec<SourceFile>, path: &str, json: serde_json::Value) {
    files.push(SourceFile {
        path: path.to_owned(),
        text: json.to_string(),
    });
}

fn generated<'a>(out: &'a codegen::Output, path: &str) -> &'a str {
    &out.files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is generated"))
        .contents
}

const DIR: &str = "spec/demo/2024-01-01";
const ACTION: &str = "spec/demo/2024-01-01/actions/ListWidgets.json";
const WIDGET: &str = "spec/demo/2024-01-01/types/Widget.json";
const COLOR: &str = "spec/demo/2024-01-01/types/WidgetColor.json";

#[test]
fn members_differing_only_in_case_are_numbered() {
    let mut files = fixture();
    edit(&mut files, ACTION, |v| {
        v["input"][3]["name"] = "Widget_Ids".into();
    });
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let action = generated(&out, "crates/demo-model/src/actions/list_widgets.rs");
    assert!(action.contains("pub widget_ids: Option<"), "{action}");
    assert!(action.contains("pub widget_ids_2: Option<"), "{action}");
    assert!(
        action.contains("#[serde(rename = \"Widget_Ids\""),
        "{action}"
    );
    assert!(action.contains("flag: \"widget-ids-2\""), "{action}");
}

#[test]
fn keywords_that_cannot_be_raw_get_an_underscore() {
    let mut files = fixture();
    edit(&mut files, WIDGET, |v| {
        let members = v["members"].as_array_mut().unwrap();
        members.push(serde_json::json!({ "name": "Self", "type": "String", "description": "s" }));
    });
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let widget = generated(&out, "crates/demo-model/src/types/widget.rs");
    assert!(widget.contains("pub self_:"), "{widget}");
    assert!(widget.contains("#[serde(rename = \"Self\""), "{widget}");
}

#[test]
fn enum_values_unknown_self_and_case_twins() {
    let mut files = fixture();
    edit(&mut files, COLOR, |v| {
        let values = v["values"].as_array_mut().unwrap();
        for value in ["Red", "Unknown", "self"] {
            values.push(serde_json::json!({ "value": value, "description": value }));
        }
    });
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let color = generated(&out, "crates/demo-model/src/types/widget_color.rs");
    for variant in [
        "Red,",
        "Red2,",
        "UnknownValue,",
        "SelfValue,",
        "Unknown(String)",
    ] {
        assert!(color.contains(variant), "{variant} in {color}");
    }
    assert!(color.contains("\"Red\" => Self::Red2"), "{color}");
}

#[test]
fn an_action_named_like_a_type_has_an_action_marker() {
    let mut files = fixture();
    add(
        &mut files,
        &format!("{DIR}/types/ListWidgets.json"),
        serde_json::json!({
            "name": "ListWidgets", "source": "test", "description": "A type named like an action.",
            "members": [{ "name": "Count", "type": "Integer", "description": "How many." }]
        }),
    );
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let action = generated(&out, "crates/demo-model/src/actions/list_widgets.rs");
    assert!(action.contains("pub struct ListWidgetsAction;"), "{action}");
    let lib = generated(&out, "crates/demo-model/src/lib.rs");
    assert!(lib.contains("pub use list_widgets::ListWidgets;"), "{lib}");
    let client = generated(&out, "crates/demo-client/src/builders/list_widgets.rs");
    assert!(
        client.contains("ListWidgetsAction, ListWidgetsRequest, ListWidgetsResponse"),
        "{client}"
    );
}

#[test]
fn a_type_named_type_an_empty_object_and_numbers() {
    let mut files = fixture();
    add(
        &mut files,
        &format!("{DIR}/types/Type.json"),
        serde_json::json!({ "name": "Type", "source": "test", "description": "No documented members." }),
    );
    edit(&mut files, WIDGET, |v| {
        let members = v["members"].as_array_mut().unwrap();
        members.push(serde_json::json!({ "name": "Kind", "type": "Type", "description": "k" }));
        members.push(serde_json::json!({
            "name": "Ratio", "type": "Number", "format": "float", "description": "r",
            "minimum": 0, "maximum": 1, "example": 0.5
        }));
        members.push(serde_json::json!({
            "name": "Blob", "type": "String", "format": "binary", "description": "b"
        }));
    });
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let lib = generated(&out, "crates/demo-model/src/lib.rs");
    assert!(lib.contains("pub(crate) mod r#type;"), "{lib}");
    let ty = generated(&out, "crates/demo-model/src/types/type.rs");
    assert!(ty.contains("pub struct Type {}"), "{ty}");
    let widget = generated(&out, "crates/demo-model/src/types/widget.rs");
    assert!(widget.contains("pub ratio: Option<f64>"), "{widget}");
    assert!(widget.contains("pub blob: Option<String>"), "{widget}");
    assert!(widget.contains("kind: sdk_shape::Kind::Number"), "{widget}");

    // A Number example outside the documented range is refused like an Integer one.
    edit(&mut files, WIDGET, |v| {
        let members = v["members"].as_array_mut().unwrap();
        members.last_mut().unwrap()["example"] = "x".into();
        let ratio = members.iter_mut().find(|m| m["name"] == "Ratio").unwrap();
        ratio["example"] = 1.5.into();
    });
    let e = codegen::generate_from(&files).unwrap_err().to_string();
    assert!(
        e.contains(
            "example 1.5 contradicts the member's type: 1.5 is outside the documented range"
        ),
        "{e}"
    );
}

#[test]
fn older_versions_of_a_service_get_versioned_crate_names() {
    let mut files = fixture();
    let older: Vec<SourceFile> = files
        .iter()
        .map(|f| SourceFile {
            path: f.path.replace("2024-01-01", "2023-06-30"),
            text: f.text.replace("2024-01-01", "2023-06-30"),
        })
        .collect();
    files.extend(older);
    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    assert!(out
        .files
        .iter()
        .any(|f| f.path == "crates/demo-model/Cargo.toml"));
    let old = generated(&out, "crates/demo-v20230630-client/Cargo.toml");
    assert!(old.contains("name = \"demo-v20230630-client\""), "{old}");
    assert!(
        old.contains(
            "demo-v20230630-model = { path = \"../demo-v20230630-model\", version = \"0.1.0\" }"
        ),
        "{old}"
    );
    // The CLI and the mock serve the newest version only; the older one is an optional
    // dependency of `sdk-services`, in its `for_each_*!` macros with `every-version` only.
    let services = generated(&out, "crates/services/src/lib.rs");
    let served = services
        .split("pub static SERVICES")
        .nth(1)
        .and_then(|s| s.split("];").next())
        .unwrap();
    assert!(served.contains("&demo_model::SERVICE"), "{services}");
    assert!(!served.contains("v20230630"), "{services}");
    assert!(
        services.contains("#[cfg(feature = \"every-version\")]\npub use demo_v20230630_model;"),
        "{services}"
    );
    let manifest = generated(&out, "crates/services/Cargo.toml");
    for line in [
        "demo-v20230630-model = { path = \"../demo-v20230630-model\", version = \"0.1.0\", optional = true }",
        "serialize-all = [\"demo-model/serialize-all\", \"demo-v20230630-model?/serialize-all\"]",
        "every-version = [\"dep:demo-v20230630-model\"]",
    ] {
        assert!(manifest.contains(line), "{line}\n{manifest}");
    }
}

/// ecm's `ISP` (an object) and `Isp` (an enum of a member's documented values): two Rust
/// types, whose modules would both be `isp`. In name order the first keeps it and the next
/// is numbered, so no two generated files share a name, even on a file system that ignores
/// case (Windows, macOS).
#[test]
fn types_differing_only_in_case_get_numbered_modules() {
    let mut files = fixture();
    add(
        &mut files,
        &format!("{DIR}/types/ISP.json"),
        serde_json::json!({
            "name": "ISP", "source": "test", "description": "ISP information.",
            "members": [{ "name": "ISPId", "type": "String", "description": "ISP ID." }]
        }),
    );
    add(
        &mut files,
        &format!("{DIR}/types/Isp.json"),
        serde_json::json!({
            "name": "Isp", "source": "test", "description": "ISP abbreviation.",
            "values": [{ "value": "CUCC", "description": "CUCC" }, { "value": "CMCC", "description": "CMCC" }]
        }),
    );
    edit(&mut files, WIDGET, |v| {
        let members = v["members"].as_array_mut().unwrap();
        members.push(serde_json::json!({ "name": "Isp", "type": "Isp", "description": "ISP." }));
        members
            .push(serde_json::json!({ "name": "ISPInfo", "type": "ISP", "description": "ISP." }));
    });
    let services = codegen::resolve(&files).unwrap_or_else(|e| panic!("{e}"));
    let modules: Vec<(&str, &str, Option<&str>)> = services[0]
        .types
        .iter()
        .filter(|t| t.name.eq_ignore_ascii_case("isp"))
        .map(|t| {
            (
                t.name.as_str(),
                t.snake.as_str(),
                t.numbered_after.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        modules,
        [("ISP", "isp", None), ("Isp", "isp_2", Some("ISP"))]
    );

    let out = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let object = generated(&out, "crates/demo-model/src/types/isp.rs");
    assert!(object.contains("pub struct ISP {"), "{object}");
    let values = generated(&out, "crates/demo-model/src/types/isp_2.rs");
    assert!(values.contains("pub enum Isp {"), "{values}");
    let lib = generated(&out, "crates/demo-model/src/lib.rs");
    for line in ["pub use isp::ISP;", "pub use isp_2::Isp;"] {
        assert!(lib.contains(line), "{line} in {lib}");
    }
    let widget = generated(&out, "crates/demo-model/src/types/widget.rs");
    assert!(
        widget.contains("sdk_shape::Kind::Enum(&crate::types::isp_2::SHAPE)"),
        "{widget}"
    );
    let mut folded: Vec<String> = out.files.iter().map(|f| f.path.to_lowercase()).collect();
    folded.sort();
    let before = folded.len();
    folded.dedup();
    assert_eq!(
        folded.len(),
        before,
        "two generated paths differ only in case"
    );
}
