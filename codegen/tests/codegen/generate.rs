//! The generator end to end: output of a small fixture spec (snapshots), determinism,
//! the committed output being current, and one exact message per class of bad spec.

use std::path::{Path, PathBuf};

use codegen::SourceFile;

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture")
}

pub(crate) fn fixture() -> Vec<SourceFile> {
    codegen::load::read_spec_tree(&fixture_root()).expect("fixture is readable")
}

#[test]
fn fixture_output_snapshots() {
    let out = codegen::generate_from(&fixture()).expect("fixture is valid");
    for f in out.files.iter().filter(|f| f.path != "spec/schema.json") {
        let name = f.path.replace('/', "__");
        insta::with_settings!({ description => f.path.clone(), omit_expression => true }, {
            insta::assert_snapshot!(name, f.contents);
        });
    }
}

/// The shape data holds every service and action of the spec, and reads back with the
/// facts the statics are generated from (the whole comparison with the statics is
/// `sdk-catalogue`'s test, on the committed services).
#[test]
fn shape_data_holds_every_action() {
    let out = codegen::generate_from(&fixture()).expect("fixture is valid");
    let [data] = out.data.as_slice() else {
        panic!(
            "one data file: {:?}",
            out.data.iter().map(|d| &d.path).collect::<Vec<_>>()
        )
    };
    assert_eq!(data.path, "crates/catalogue/shapes.bin");
    let bytes: &'static [u8] = Box::leak(data.bytes.clone().into_boxed_slice());
    let catalogue = sdk_shape::data::Catalogue::read(bytes).expect("the index reads");
    let services = codegen::resolve(&fixture()).expect("fixture resolves");
    let newest: Vec<&str> = services
        .iter()
        .filter(|s| s.newest)
        .map(|s| s.name.as_str())
        .collect();
    let listed: Vec<&str> = catalogue.entries().iter().map(|e| e.name).collect();
    assert_eq!(listed, newest);
    for s in services.iter().filter(|s| s.newest) {
        let shape = catalogue.entry(&s.name).unwrap().shape().expect("decodes");
        assert_eq!(shape.version, s.version);
        let actions: Vec<&str> = shape.actions.iter().map(|a| a.name).collect();
        let expected: Vec<&str> = s.actions.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(actions, expected);
        for (a, ir) in shape.actions.iter().zip(&s.actions) {
            let members: Vec<&str> = a.input.iter().map(|m| m.name).collect();
            let expected: Vec<&str> = ir.input.iter().map(|m| m.wire.as_str()).collect();
            assert_eq!(members, expected, "{}", a.name);
            assert_eq!(a.examples.len(), ir.examples.len(), "{}", a.name);
        }
    }
}

#[test]
fn generation_is_deterministic() {
    let files = fixture();
    let a = codegen::generate_from(&files).unwrap();
    let b = codegen::generate_from(&files).unwrap();
    assert_eq!(a.files, b.files);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let a = codegen::generate(repo).unwrap();
    let b = codegen::generate(repo).unwrap();
    assert_eq!(a.files, b.files);
}

/// The importer checks folders it holds parsed (`resolve_loaded`); that must judge them as
/// the files would be judged.
#[test]
fn parsed_folders_resolve_as_their_files_do() {
    let files = fixture();
    let (loaded, errors) = codegen::load::parse(&files);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        format!("{:?}", codegen::resolve(&files).unwrap()),
        format!("{:?}", codegen::resolve_loaded(loaded).unwrap())
    );
    // A folder without its service.json, and one with an example of the wrong type.
    let without: Vec<SourceFile> = files
        .iter()
        .filter(|f| !f.path.ends_with("/service.json"))
        .cloned()
        .collect();
    let wrong = with_json(ACTION, |v| {
        v["examples"][0]["request"]["Limit"] = "1".into();
    });
    for files in [without, wrong] {
        let (loaded, _) = codegen::load::parse(&files);
        let expected = codegen::resolve(&files).unwrap_err();
        assert!(!expected.0.is_empty());
        assert_eq!(codegen::resolve_loaded(loaded).unwrap_err(), expected);
    }
}

/// The digest that shows a whole catalogue's output unchanged agrees on equal output and
/// tells apart one changed byte, or a byte moved from one file to the next.
#[test]
fn output_digest_tells_outputs_apart() {
    let files = fixture();
    let a = codegen::generate_from(&files).unwrap();
    assert_eq!(a.digest(), codegen::generate_from(&files).unwrap().digest());
    let mut changed = a.clone();
    changed.files[1].contents.push(' ');
    assert_ne!(a.digest(), changed.digest());
    let mut moved = a.clone();
    let byte = moved.files[1].contents.pop().unwrap();
    moved.files[2].contents.insert(0, byte);
    assert_ne!(a.digest(), moved.digest());
}

/// The spec's digest, which stands for the output's where generating twice would be slow,
/// does not depend on the files' order and tells apart one changed byte.
#[test]
fn spec_digest_tells_spec_files_apart_in_any_order() {
    let files = fixture();
    let digest = codegen::spec_digest(&files);
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(codegen::spec_digest(&reversed), digest);
    let mut changed = files.clone();
    changed[0].text.push(' ');
    assert_ne!(codegen::spec_digest(&changed), digest);
}

/// `cargo test` alone catches generated files that were not regenerated after a spec edit.
#[test]
fn committed_output_is_current() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = codegen::generate(repo).unwrap_or_else(|e| panic!("{e}"));
    let drift = codegen::write::check(repo, &out).unwrap();
    let lines: Vec<String> = drift.iter().map(|d| d.to_string()).collect();
    assert!(
        drift.is_empty(),
        "generated files differ from the spec; run `cargo xtask codegen` and commit:\n{}",
        lines.join("\n")
    );
}

pub(crate) const ACTION: &str = "spec/demo/2024-01-01/actions/ListWidgets.json";
pub(crate) const WIDGET: &str = "spec/demo/2024-01-01/types/Widget.json";
const COLOR: &str = "spec/demo/2024-01-01/types/WidgetColor.json";
pub(crate) const SERVICE: &str = "spec/demo/2024-01-01/service.json";

/// The fixture with one file's text changed by `edit`.
fn with_text(path: &str, edit: impl FnOnce(String) -> String) -> Vec<SourceFile> {
    let mut files = fixture();
    let f = files
        .iter_mut()
        .find(|f| f.path == path)
        .expect("fixture file");
    f.text = edit(std::mem::take(&mut f.text));
    files
}

/// The fixture with one file's JSON changed by `edit`.
pub(crate) fn with_json(path: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Vec<SourceFile> {
    with_text(path, |text| {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        edit(&mut v);
        serde_json::to_string_pretty(&v).unwrap()
    })
}

pub(crate) fn error_of(files: Vec<SourceFile>) -> String {
    match codegen::resolve(&files) {
        Ok(_) => panic!("the spec was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bad_json_syntax() {
    let files = with_text(ACTION, |t| {
        t.replacen("\"Lists widgets.\",", "\"Lists widgets.\"", 1)
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: invalid JSON: expected `,` or `}` at line 6 column 3"
    );
}

#[test]
fn misspelt_field() {
    let files = with_json(ACTION, |v| {
        let m = v["input"][2].as_object_mut().unwrap();
        let ty = m.remove("type").unwrap();
        m.insert("typ".into(), ty);
    });
    let e = error_of(files);
    assert!(
        e.starts_with("spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/typ: unknown field `typ`, expected one of"),
        "{e}"
    );
    assert!(e.ends_with("(did you mean \"type\"?)"), "{e}");
}

#[test]
fn missing_field() {
    let files = with_json(WIDGET, |v| {
        v.as_object_mut().unwrap().remove("description");
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: missing field `description` at line 63 column 1"
    );
}

#[test]
fn unknown_type_with_suggestion() {
    let files = with_json(ACTION, |v| v["input"][1]["type"] = "Fliter".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/1/type: unknown type \"Fliter\" (did you mean \"Filter\"?)"
    );
}

#[test]
fn documented_request_with_an_object_missing_a_required_member() {
    let files = with_json(ACTION, |v| {
        v["examples"][0]["request"]["Filters"][0]
            .as_object_mut()
            .unwrap()
            .remove("Values");
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /examples/0/request/Filters/0: example lacks `Values`, a required member of Filter"
    );
}

#[test]
fn duplicate_member() {
    let files = with_json(ACTION, |v| v["output"][2]["name"] = "TotalCount".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /output/2/name: duplicate member `TotalCount` (also /output/0)"
    );
}

#[test]
fn member_example_contradicts_type() {
    let files = with_json(ACTION, |v| v["input"][2]["example"] = "ten".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/example: example \"ten\" contradicts the member's type: expected an integer, got a string"
    );
}

#[test]
fn documented_example_with_member_missing_from_spec() {
    let files = with_json(ACTION, |v| {
        v["examples"][0]["response"]["Response"]["WidgetSet"][0]["Weight"] = 7.into();
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /examples/0/response/Response/WidgetSet/0/Weight: example member `Weight` is not in the spec"
    );
}

#[test]
fn documented_example_of_wrong_type() {
    let files = with_json(ACTION, |v| {
        v["examples"][0]["request"]["Limit"] = "1".into()
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /examples/0/request/Limit: example contradicts the spec: expected an integer, got a string"
    );
}

#[test]
fn required_if_rules_name_members_and_documented_values() {
    let files = with_json(WIDGET, |v| {
        v["rules"][0]["required_if"]["equals"] = "DARK_BLEU".into()
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /rules/0/required_if/equals: \"DARK_BLEU\" is not a documented value of `WidgetColor` (did you mean \"DARK_BLUE\"?)"
    );
    let files = with_json(WIDGET, |v| {
        v["rules"][0]["required_if"]["when"] = "Colour".into()
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /rules/0/required_if/when: unknown member `Colour` (did you mean \"Color\"?)"
    );
    let files = with_json(WIDGET, |v| {
        v["rules"][0]["required_if"]["when"] = "CreatedTime".into();
        v["rules"][0]["required_if"]["member"] = "WidgetId".into();
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /rules/0/required_if/when: `CreatedTime` is not a string, enum, integer, number or boolean member: a rule compares one such value"
    );
}

/// `equals` is a JSON value of the `when` member's type: a string for a string or enum, an
/// integer (within the member's range) for an integer, a boolean for a boolean.
#[test]
fn required_if_values_have_the_type_of_the_member_they_compare() {
    let cases: [(usize, serde_json::Value, &str); 5] = [
        (
            1,
            "0".into(),
            "/rules/1/required_if/equals: \"0\" is not a value of `Size`: expected a non-negative integer, got a string",
        ),
        (
            1,
            (-1).into(),
            "/rules/1/required_if/equals: -1 is not a value of `Size`: expected a non-negative integer, got a negative integer",
        ),
        (
            1,
            1.5.into(),
            "/rules/1/required_if/equals: 1.5 is not a value of `Size`: expected a non-negative integer, got a number with a fraction or exponent",
        ),
        (
            2,
            "true".into(),
            "/rules/2/required_if/equals: \"true\" is not a value of `Archived`: expected a boolean, got a string",
        ),
        (
            0,
            1.into(),
            "/rules/0/required_if/equals: 1 is not a value of `Color`: expected a string, got a number",
        ),
    ];
    for (rule, equals, message) in cases {
        let files = with_json(WIDGET, |v| {
            v["rules"][rule]["required_if"]["equals"] = equals
        });
        assert_eq!(
            error_of(files),
            format!("spec/demo/2024-01-01/types/Widget.json: {message}")
        );
    }
    // Neither null nor a list nor an object is a value a rule compares with.
    let files = with_json(WIDGET, |v| {
        v["rules"][2]["required_if"]["equals"] = serde_json::json!([true])
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /rules/2/required_if/equals: expected a string, an integer, a number or a boolean, of the type of the `when` member at line 63 column 7"
    );
}

#[test]
fn crontab_format_on_a_string_only() {
    let files = with_json(WIDGET, |v| v["members"][2]["format"] = "crontab".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /members/2/format: format Crontab does not apply to Integer"
    );
}

#[test]
fn filter_names_become_distinct_constants() {
    let files = with_json(ACTION, |v| {
        let names = v["input"][1]["filters"]["names"].as_array_mut().unwrap();
        names.push(serde_json::json!({"name": "Color", "description": "Again."}));
    });
    // Two spellings of one name (the vendor lists `lan-ip` and its example sends `LanIp`) are
    // two names the service may read: both kept, the second constant numbered.
    let out = codegen::generate_from(&files).expect("both spellings are kept");
    let action = out
        .files
        .iter()
        .find(|f| f.path.ends_with("demo-model/src/actions/list_widgets.rs"))
        .expect("the action's file");
    assert!(
        action
            .contents
            .contains(r#"pub const COLOR: &str = "color";"#)
            && action
                .contents
                .contains(r#"pub const COLOR_2: &str = "Color";"#),
        "{}",
        action.contents
    );
    let files = with_json(ACTION, |v| {
        let names = v["input"][1]["filters"]["names"].as_array_mut().unwrap();
        names.push(serde_json::json!({"name": "color", "description": "Again."}));
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/1/filters/names/1/name: duplicate filter name `color`"
    );
    let files = with_json(ACTION, |v| {
        v["input"][1]["filters"]["names"][0]["name"] = "9-lives".into()
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/1/filters/names/0/name: filter name \"9-lives\" gives no Rust name for its constant"
    );
}

#[test]
fn rule_naming_unknown_member() {
    let files = with_json(ACTION, |v| {
        v["rules"][0]["mutually_exclusive"][1] = "Filter".into()
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /rules/0/mutually_exclusive/1: unknown input member `Filter` (did you mean \"Filters\"?)"
    );
}

#[test]
fn minimum_above_maximum() {
    let files = with_json(ACTION, |v| v["input"][2]["minimum"] = 100.into());
    let e = error_of(files);
    assert_eq!(
        e,
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/default: default 20: 20 is outside the documented range\n\
         spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/example: example 10 contradicts the member's type: 10 is outside the documented range\n\
         spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/minimum: minimum 100 is greater than maximum 50"
    );
}

#[test]
fn name_not_matching_file() {
    let files = with_json(ACTION, |v| v["name"] = "ListWidget".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /name: name `ListWidget` does not match the file name `ListWidgets.json`"
    );
}

#[test]
fn duplicate_error_code() {
    let files = with_json(ACTION, |v| {
        let e = v["errors"][0].clone();
        v["errors"].as_array_mut().unwrap().push(e);
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /errors/1/code: duplicate error code `InvalidParameterValue.InvalidFilter` (also /errors/0)"
    );
}

#[test]
fn codes_of_two_lists_colliding_as_one_variant() {
    let files = with_json(SERVICE, |v| {
        v["service_errors"][0]["code"] = "Internal.Error".into();
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/service.json: /common_errors/0/code: error code `InternalError` collides with `Internal.Error` (spec/demo/2024-01-01/service.json /service_errors/0/code) as variant `InternalError` of the service's ErrorCode"
    );
}

#[test]
fn code_families_colliding_as_one_variant() {
    let files = with_json(ACTION, |v| {
        v["errors"][0]["code"] = "Resource-NotFound.Gadget".into();
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/service.json: /service_errors/1/code: error code `ResourceNotFound.WidgetNotFound`: its family `ResourceNotFound` collides with the family `Resource-NotFound` as variant `ResourceNotFound` of the service's ErrorFamily"
    );
}

/// The model crate's root has `ErrorCode` and `ErrorFamily`: a type or an action of either
/// name is refused, not left to fail compiling.
#[test]
fn type_or_action_named_like_the_error_enums() {
    let mut files = fixture();
    let color = files.iter().find(|f| f.path == COLOR).unwrap().clone();
    files.push(SourceFile {
        path: "spec/demo/2024-01-01/types/ErrorCode.json".into(),
        text: color.text.replace("\"WidgetColor\"", "\"ErrorCode\""),
    });
    let action = files.iter().find(|f| f.path == ACTION).unwrap().clone();
    files.push(SourceFile {
        path: "spec/demo/2024-01-01/actions/ErrorFamily.json".into(),
        text: action.text.replace("\"ListWidgets\"", "\"ErrorFamily\""),
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ErrorFamily.json: /name: `ErrorFamily` is the name of the service's shared error enum in the model crate; rename the action\n\
         spec/demo/2024-01-01/types/ErrorCode.json: /name: `ErrorCode` is the name of the service's shared error enum in the model crate; rename the type"
    );
}

#[test]
fn format_on_wrong_type() {
    let files = with_json(WIDGET, |v| v["members"][0]["format"] = "uint64".into());
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/Widget.json: /members/0/format: format Uint64 does not apply to String"
    );
}

#[test]
fn type_both_object_and_enum() {
    let files = with_json(COLOR, |v| {
        v["members"] = serde_json::json!([{ "name": "X", "type": "String", "description": "x" }]);
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/types/WidgetColor.json: a type has either `members` (an object) or `values` (an enum), not both"
    );
}

#[test]
fn unexpected_file() {
    let mut files = fixture();
    files.push(SourceFile {
        path: "spec/demo/2024-01-01/Widget.json".into(),
        text: "{}".into(),
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/Widget.json: unexpected file: spec files are spec/<service>/<version>/service.json, .../waiters.json, .../actions/<Action>.json or .../types/<Type>.json"
    );
}

#[test]
fn wrong_protocol_value() {
    let files = with_json(SERVICE, |v| v["protocol"] = "tc3".into());
    let e = error_of(files);
    assert!(
        e.starts_with("spec/demo/2024-01-01/service.json: /protocol: unknown variant `tc3`, expected one of `tc3-json`, `acs3-rpc`, `acs3-roa`"),
        "{e}"
    );
}

#[test]
fn filters_on_a_scalar() {
    let files = with_json(ACTION, |v| {
        v["input"][2]["filters"] = serde_json::json!({ "names": [] });
    });
    assert_eq!(
        error_of(files),
        "spec/demo/2024-01-01/actions/ListWidgets.json: /input/2/filters: filters apply to a list of an object type (such as Filter)"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut files = with_json(ACTION, |v| v["input"][1]["type"] = "Fliter".into());
    let f = files.iter_mut().find(|f| f.path == WIDGET).unwrap();
    f.text = f.text.replace("\"WidgetColor\"", "\"WidgetColour\"");
    let e = error_of(files);
    assert_eq!(e.lines().count(), 2, "{e}");
    assert!(
        e.contains("unknown type \"WidgetColour\" (did you mean \"WidgetColor\"?)"),
        "{e}"
    );
}

/// The errors of a spec, with the repair each carries.
fn errors_of(files: Vec<SourceFile>) -> Vec<codegen::SpecError> {
    match codegen::resolve(&files) {
        Ok(_) => panic!("the spec was accepted"),
        Err(e) => e.0,
    }
}

/// Example faults with one faithful reading carry it; the importer applies it.
#[test]
fn example_faults_carry_their_faithful_reading() {
    use codegen::error::RepairKind;
    let files = with_json(ACTION, |v| {
        let req = &mut v["examples"][0]["request"];
        req["Limit"] = " 7\n".into();
        req["Unknown/Member"] = 1.into();
        v["examples"][0]["response"]["Response"]["TotalCount"] = serde_json::Value::Null;
    });
    let repairs: Vec<(String, Option<RepairKind>, Option<serde_json::Value>)> = errors_of(files)
        .into_iter()
        .map(|e| {
            let repair = e.repair.clone();
            (
                e.pointer,
                repair.as_ref().map(|r| r.kind),
                repair.and_then(|r| r.value),
            )
        })
        .collect();
    assert_eq!(
        repairs,
        [
            (
                "/examples/0/request/Limit".to_owned(),
                Some(RepairKind::Quoted),
                Some(7.into())
            ),
            (
                "/examples/0/request/Unknown~1Member".to_owned(),
                Some(RepairKind::UnknownMember),
                None
            ),
            (
                "/examples/0/response/Response/TotalCount".to_owned(),
                Some(RepairKind::Null),
                None
            ),
        ]
    );
    // A member's own example (examples are checked once the members are right).
    let files = with_json(ACTION, |v| v["input"][2]["example"] = "5".into());
    let errors = errors_of(files);
    assert_eq!(errors[0].pointer, "/input/2/example");
    assert_eq!(
        errors[0].repair.as_ref().and_then(|r| r.value.clone()),
        Some(5.into())
    );
    // No reading: a word for an integer, a value outside the documented range.
    let files = with_json(ACTION, |v| {
        v["examples"][0]["request"]["Limit"] = "ten".into();
    });
    assert!(errors_of(files).iter().all(|e| e.repair.is_none()));
}

/// A bare Tencent answer reads as its envelope; members beside `Response` move into it when
/// documented, and go when null or undocumented.
#[test]
fn an_answer_outside_its_envelope_carries_the_envelope() {
    let documented = fixture_json(ACTION)["examples"][0]["response"].clone();
    let envelope_of = |response: serde_json::Value| {
        let files = with_json(ACTION, |v| v["examples"][0]["response"] = response);
        let errors = errors_of(files);
        assert_eq!(errors[0].pointer, "/examples/0/response");
        errors[0].repair.as_ref().and_then(|r| r.value.clone())
    };
    assert_eq!(
        envelope_of(documented["Response"].clone()),
        Some(documented.clone())
    );
    let mut beside = documented.clone();
    let total = beside["Response"]
        .as_object_mut()
        .unwrap()
        .shift_remove("TotalCount")
        .unwrap();
    beside["TotalCount"] = total.clone();
    beside["Error"] = serde_json::Value::Null;
    beside["Undocumented"] = 1.into();
    let mut moved = beside["Response"].clone();
    moved["TotalCount"] = total;
    assert_eq!(
        envelope_of(beside),
        Some(serde_json::json!({ "Response": moved }))
    );
    assert_eq!(
        envelope_of(serde_json::json!({"Response": 1, "RequestId": "r"})),
        None
    );
}

fn fixture_json(path: &str) -> serde_json::Value {
    let f = fixture().into_iter().find(|f| f.path == path).unwrap();
    serde_json::from_str(&f.text).unwrap()
}

/// A curated type names the members that have it; each must exist with that type.
#[test]
fn curated_types_name_members_of_their_type() {
    let files = with_json(COLOR, |v| {
        v["curated"] = serde_json::json!({"members": ["Widget.Color", "Widget.Nope", "ListWidgets.input.Limit", "Widget"]});
    });
    assert_eq!(
        error_of(files),
        [
            "spec/demo/2024-01-01/types/WidgetColor.json: /curated/members/1: `Widget.Nope`: no such member",
            "spec/demo/2024-01-01/types/WidgetColor.json: /curated/members/2: `ListWidgets.input.Limit` has type `Integer`, not `WidgetColor`",
            "spec/demo/2024-01-01/types/WidgetColor.json: /curated/members/3: `Widget` is not `Action.input.Member`, `Action.output.Member` or `Type.Member`",
        ]
        .join("\n")
    );
}

/// A required member is a plain field only where no answer holds the type: an answer that
/// leaves it out must still decode.
#[test]
fn required_members_of_types_answers_hold_are_optional_fields() {
    let generated = |files: &[SourceFile]| {
        let out = codegen::generate_from(files).unwrap_or_else(|e| panic!("{e}"));
        out.files
            .into_iter()
            .find(|f| f.path.ends_with("-model/src/types/filter.rs"))
            .expect("filter.rs")
            .contents
    };
    let request_only = generated(&fixture());
    assert!(request_only.contains("pub name: String,"), "{request_only}");
    let answered = with_json(ACTION, |v| {
        v["output"].as_array_mut().unwrap().insert(
            0,
            serde_json::json!({"name": "Applied", "type": "Filter", "list": true, "description": "Filters applied."}),
        );
    });
    let both = generated(&answered);
    assert!(both.contains("pub name: Option<String>,"), "{both}");
    // Still built with its required members, which requests check at any depth.
    assert!(both.contains("pub fn new("), "{both}");
    // A required member documented as possibly null is never a plain field.
    let nullable = with_json("spec/demo/2024-01-01/types/Filter.json", |v| {
        v["members"][0]["nullable"] = true.into();
    });
    let nullable = generated(&nullable);
    assert!(nullable.contains("pub name: Option<String>,"), "{nullable}");
    assert!(nullable.contains("pub values: Vec<String>,"), "{nullable}");
}

/// The file at `path` of the fixture's output.
pub(crate) fn output_file(files: &[SourceFile], path: &str) -> String {
    let out = codegen::generate_from(files).unwrap_or_else(|e| panic!("{e}"));
    out.files
        .into_iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is not generated"))
        .contents
}

#[test]
fn crate_version_sets_the_manifests_and_the_dependencies_on_them() {
    let files = with_json(SERVICE, |v| v["crate_version"] = "0.3.1".into());
    let model = output_file(&files, "crates/demo-model/Cargo.toml");
    assert!(model.contains("\nversion = \"0.3.1\"\n"), "{model}");
    let client = output_file(&files, "crates/demo-client/Cargo.toml");
    assert!(client.contains("\nversion = \"0.3.1\"\n"), "{client}");
    assert!(
        client.contains("demo-model = { path = \"../demo-model\", version = \"0.3.1\" }"),
        "{client}"
    );
    let services = output_file(&files, "crates/services/Cargo.toml");
    assert!(
        services.contains("demo-model = { path = \"../demo-model\", version = \"0.3.1\" }"),
        "{services}"
    );
    // Absent, it is 0.1.0.
    let model = output_file(&fixture(), "crates/demo-model/Cargo.toml");
    assert!(model.contains("\nversion = \"0.1.0\"\n"), "{model}");
}

#[test]
fn a_crate_version_that_is_not_major_minor_patch_is_located() {
    for bad in ["0.3", "0.3.1-beta", "01.0.0"] {
        let files = with_json(SERVICE, |v| v["crate_version"] = bad.into());
        assert_eq!(
            error_of(files),
            format!("spec/demo/2024-01-01/service.json: /crate_version: `{bad}` is not a crate version: expected MAJOR.MINOR.PATCH, three numbers without leading zeros (`0.2.0`)")
        );
    }
}

#[test]
fn a_changelog_beside_the_spec_is_copied_into_both_crates() {
    let mut files = fixture();
    let text = "# Changelog\n\n## 0.2.0 (2025-01-02)\n\n### Breaking changes\n\n- gone\n";
    files.push(SourceFile {
        path: "spec/demo/2024-01-01/CHANGELOG.md".into(),
        text: text.into(),
    });
    for krate in ["demo-model", "demo-client"] {
        assert_eq!(
            output_file(&files, &format!("crates/{krate}/CHANGELOG.md")),
            format!("<!-- @generated from spec/demo/2024-01-01/CHANGELOG.md by `cargo xtask codegen`; do not edit. -->\n\n{text}")
        );
    }
    let out = codegen::generate_from(&fixture()).unwrap();
    assert!(!out.files.iter().any(|f| f.path.ends_with("CHANGELOG.md")));
}
