//! Descriptions (CommonMark) in the generated documentation, as a reader of docs.rs sees the
//! doc comments: lists on lines of their own, a range no link, names of the service linked to
//! their one public path, a code example that is no doc test.

use crate::generate::{with_json, ACTION, WIDGET};

/// The generated file at `path` of the fixture with these descriptions.
fn generated(files: Vec<codegen::SourceFile>, path: &str) -> String {
    let out = codegen::generate_from(&files).expect("the fixture is valid");
    out.files
        .into_iter()
        .find(|f| f.path == path)
        .expect("the file is generated")
        .contents
}

const ACTION_RS: &str = "crates/demo-model/src/actions/list_widgets.rs";
const WIDGET_RS: &str = "crates/demo-model/src/types/widget.rs";

#[test]
fn lists_nesting_and_ranges_are_kept_as_rustdoc_reads_them() {
    let files = with_json(ACTION, |v| {
        v["description"] = "Lists widgets.\n\n- If a widget is new, it is listed first.\n  - nested under it\n- If it is old, last.\n\nValid values: \\[5,100\\], see https://a.example/widgets.".into();
    });
    let text = generated(files, ACTION_RS);
    assert!(
        text.contains("/// - If a widget is new, it is listed first.\n///   - nested under it\n/// - If it is old, last.\n"),
        "{text}"
    );
    assert!(
        text.contains("/// Valid values: \\[5,100\\], see <https://a.example/widgets>."),
        "{text}"
    );
}

#[test]
fn names_of_the_service_link_to_their_paths() {
    let files = with_json(WIDGET, |v| {
        v["description"] = "A widget, as `ListWidgets` lists it; see ListWidgets and the `WidgetColor` type, not this `Widget`.".into();
    });
    let text = generated(files, WIDGET_RS);
    assert!(
        text.contains("/// A widget, as [`ListWidgets`](crate::actions::list_widgets::ListWidgets) lists it; see [ListWidgets](crate::actions::list_widgets::ListWidgets) and the [`WidgetColor`](crate::types::WidgetColor) type, not this `Widget`."),
        "{text}"
    );
}

#[test]
fn a_code_block_without_a_language_is_text() {
    let files = with_json(ACTION, |v| {
        v["input"][2]["description"] = "Page size, as in\n\n```\n{\"Limit\": 10}\n```".into();
    });
    let text = generated(files, ACTION_RS);
    assert!(
        text.contains("/// ```text\n    /// {\"Limit\": 10}\n    /// ```"),
        "{text}"
    );
}
