//! `importer::import` on the seeded pages (the round trip), on pages made for these tests in
//! the vendor's formats, and on broken input.

use std::fs;
use std::path::{Path, PathBuf};

use importer::{import, ImportOptions};
use serde_json::Value;

use crate::support::{copy_dir, repo};

fn page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name)
}

fn read_json(root: &Path, rel: &str) -> Value {
    serde_json::from_str(&fs::read_to_string(root.join(rel)).unwrap()).unwrap()
}

fn seeded_pages() -> Vec<PathBuf> {
    let docs = repo().join("../shared/docs");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&docs)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert_eq!(inputs.len(), 5, "the five seeded pages");
    inputs
}

/// What the importer makes of each seeded page on its own (into an empty spec): the
/// snapshots are the page importer's output, reviewed like generated code.
#[test]
fn the_seeded_pages_import_into_an_empty_spec() {
    for page in seeded_pages() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("spec")).unwrap();
        let name = page.file_name().unwrap().to_string_lossy().into_owned();
        let opts = ImportOptions {
            // The Alibaba page names neither its service nor its version.
            service: name
                .starts_with("eflo")
                .then(|| "eflo-controller/2022-12-15".to_owned()),
            ..Default::default()
        };
        let report =
            import(tmp.path(), std::slice::from_ref(&page), &opts).expect("the page imports");
        let action = report
            .written
            .iter()
            .find(|w| w.contains("/actions/"))
            .unwrap_or_else(|| panic!("{name}: no action written"));
        let text = fs::read_to_string(tmp.path().join(action)).unwrap();
        insta::assert_snapshot!(name.trim_end_matches(".txt").to_owned(), text);
    }
}

/// The seeded eflo-controller page round-trips: imported into an empty spec and then again,
/// the second import changes nothing.
#[test]
fn reimporting_a_seeded_page_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    let page = repo().join("../shared/docs/eflo-controller-DescribeInvocations.zh.txt");
    let opts = ImportOptions {
        service: Some("eflo-controller/2022-12-15".to_owned()),
        ..Default::default()
    };
    import(tmp.path(), std::slice::from_ref(&page), &opts).expect("the page imports");
    let report = import(tmp.path(), &[page], &opts).expect("the page imports again");
    assert!(
        report.written.is_empty(),
        "written: {:?}\n{}",
        report.written,
        report.lines.join("\n")
    );
    assert!(!report.lines.iter().any(|l| l.contains("does not validate")));
}

/// The committed eflo-controller spec comes from the vendor's SDK metadata merged with the
/// page (its curated enums, error table and example kept): the page over it is refused,
/// naming both sources, and nothing is written.
#[test]
fn the_seeded_alibaba_page_over_the_sdk_metadata_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("spec"), &tmp.path().join("spec"));
    let page = repo().join("../shared/docs/eflo-controller-DescribeInvocations.zh.txt");
    let errors = import(tmp.path(), &[page], &ImportOptions::default()).expect_err("refused");
    let msg = errors[0].to_string();
    assert!(
        msg.contains("DescribeInvocations.json comes from metadata alibabacloud-eflo-controller20221215 3.2.0, newer than this input"),
        "{msg}"
    );
    let action = read_json(
        tmp.path(),
        "spec/eflo-controller/2022-12-15/actions/DescribeInvocations.json",
    );
    assert_eq!(
        action["errors"][0]["code"], "MissingInvokeId",
        "the page's error table is kept"
    );
    assert_eq!(
        action["examples"].as_array().map(Vec::len),
        Some(1),
        "and its example"
    );
}

/// The committed TAT spec comes from the vendor's metadata, which the pages are rendered
/// from: a page over it is refused, naming both sources, and nothing is written.
#[test]
fn a_seeded_page_over_the_metadata_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("spec"), &tmp.path().join("spec"));
    let before = fs::read_to_string(
        tmp.path()
            .join("spec/tat/2020-10-28/actions/CreateInvoker.json"),
    )
    .unwrap();
    let page = repo().join("../shared/docs/tat-CreateInvoker.en.txt");
    let errors = import(tmp.path(), &[page], &ImportOptions::default()).expect_err("refused");
    let msg = errors[0].to_string();
    assert!(
        msg.contains("spec/tat/2020-10-28/actions/CreateInvoker.json comes from metadata tccli-intl-en 3.1.193.1, newer than this input (a page updated 2023-03-14 16:55:47)"),
        "{msg}"
    );
    let after = fs::read_to_string(
        tmp.path()
            .join("spec/tat/2020-10-28/actions/CreateInvoker.json"),
    )
    .unwrap();
    assert_eq!(before, after);
}

#[test]
fn pages_in_both_languages_become_spec_facts() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    let report = import(
        tmp.path(),
        &[
            page("demo-DescribeWidgets.en.txt"),
            page("demo-CreateWidget.zh.txt"),
        ],
        &ImportOptions::default(),
    )
    .expect("imports");
    let text = report.lines.join("\n");
    // The broken example is reported with its place; the rest of the page is kept.
    assert!(
        text.contains("demo-DescribeWidgets.en.txt:90: invalid JSON in an example"),
        "{text}"
    );
    assert!(text.contains("example `Broken example` left out"), "{text}");
    // Types the pages name but do not define are reported by name, not invented.
    assert!(
        text.contains("type Widget (used by DescribeWidgets.WidgetSet) is not defined"),
        "{text}"
    );
    assert!(
        text.contains("type Tag (used by CreateWidget.Tags) is not defined"),
        "{text}"
    );
    assert!(
        text.contains("wrote spec/demo/2024-01-01/service.json"),
        "{text}"
    );

    let d = read_json(
        tmp.path(),
        "spec/demo/2024-01-01/actions/DescribeWidgets.json",
    );
    assert_eq!(d["language"], "en");
    assert_eq!(d["source_updated"], "2024-05-06 07:08:09");
    assert_eq!(
        d["description"],
        "This API is used to query widgets. Widgets are listed newest first."
    );
    assert_eq!(d["rate_limit"], 50);
    assert_eq!(d["region_required"], true);
    let input = d["input"].as_array().unwrap();
    let names: Vec<&str> = input.iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["WidgetIds", "Filters", "Kind", "Timeout", "Limit"]);
    assert_eq!(input[0]["list"], true);
    assert_eq!(input[0]["max_items"], 50);
    assert_eq!(input[1]["max_items"], 5);
    assert_eq!(input[1]["filters"]["max_values"], 3);
    assert_eq!(input[1]["filters"]["names"][1]["name"], "widget-kind");
    // The filter bullets left; the paragraphs around them stay paragraphs.
    assert_eq!(input[1]["description"], "Filter conditions.\n\nThe maximum number of Filters per request is 5, and that of Filter.Values is 3.");
    assert_eq!(
        input[2]["type"], "Kind",
        "an enum type for the documented values"
    );
    assert_eq!(input[2]["default"], "SMALL");
    assert_eq!(
        (
            input[3]["minimum"].clone(),
            input[3]["maximum"].clone(),
            input[3]["default"].clone()
        ),
        (1.into(), 600.into(), 60.into())
    );
    assert_eq!(
        (input[4]["maximum"].clone(), input[4]["default"].clone()),
        (100.into(), 20.into())
    );
    assert_eq!(
        d["rules"],
        serde_json::json!([{"mutually_exclusive": ["WidgetIds", "Filters"]}])
    );
    assert_eq!(d["errors"].as_array().unwrap().len(), 2);
    let examples = d["examples"].as_array().unwrap();
    assert_eq!(examples.len(), 1);
    assert_eq!(examples[0]["title"], "Listing widgets");
    assert_eq!(examples[0]["description"], "Query two widgets by ID");
    assert_eq!(examples[0]["request"]["WidgetIds"][1], "wdg-2");
    let kind = read_json(tmp.path(), "spec/demo/2024-01-01/types/Kind.json");
    assert_eq!(kind["values"].as_array().unwrap().len(), 2);

    let c = read_json(tmp.path(), "spec/demo/2024-01-01/actions/CreateWidget.json");
    assert_eq!(c["language"], "zh");
    assert_eq!(c["region_required"], false);
    assert_eq!(c["rate_limit"], 10);
    let input = c["input"].as_array().unwrap();
    assert_eq!(input[0]["required"], true);
    assert_eq!(input[0]["description"], "小部件名称。");
    assert_eq!(input[0]["example"], "w1");
    assert_eq!(
        input[1]["type"], "Kind",
        "the same value set shares the enum"
    );
    assert_eq!(input[2]["base64"], true);
    assert_eq!(
        (
            input[3]["minimum"].clone(),
            input[3]["maximum"].clone(),
            input[3]["default"].clone(),
            input[3]["example"].clone()
        ),
        (1.into(), 10.into(), 5.into(), 3.into())
    );
    assert_eq!(
        (input[4]["list"].clone(), input[4]["max_items"].clone()),
        (true.into(), 10.into())
    );
    assert_eq!(c["output"][0]["nullable"], true);
    assert_eq!(c["errors"][1]["code"], "LimitExceeded.WidgetQuota");
    assert_eq!(
        c["examples"][0]["response"]["Response"]["WidgetId"],
        "wdg-1"
    );

    // Importing again writes nothing.
    let again = import(
        tmp.path(),
        &[
            page("demo-DescribeWidgets.en.txt"),
            page("demo-CreateWidget.zh.txt"),
        ],
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(again.written.is_empty(), "{:?}", again.written);
}

fn broken(name: &str, text: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    let path = tmp.path().join(name);
    fs::write(&path, text).unwrap();
    let errors = import(tmp.path(), &[path], &ImportOptions::default()).expect_err("refused");
    assert!(!tmp.path().join("spec/demo").exists(), "nothing is written");
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
        .replace(&tmp.path().display().to_string(), "TMP")
}

#[test]
fn unreadable_input_names_the_file_the_line_and_what_was_expected() {
    let en = fs::read_to_string(page("demo-DescribeWidgets.en.txt")).unwrap();
    let cut = en.split("3. Output Parameters").next().unwrap();
    assert_eq!(
        broken("cut.en.txt", cut),
        "TMP/cut.en.txt:21: expected the section heading `3. Output Parameters` after the section that starts here: the page is truncated or not an API page"
    );
    let zh = fs::read_to_string(page("demo-CreateWidget.zh.txt")).unwrap();
    let bad = zh.replace(
        "Name | 是 | String | 小部件名称。示例值:w1 |",
        "Name | 是 | String",
    );
    assert_eq!(
        broken("bad.zh.txt", &bad),
        "TMP/bad.zh.txt:12: cannot split this table row: expected 4 cells separated by ` | `, found 3"
    );
    assert!(
        broken("x.txt", "hello\nworld\n").starts_with("TMP/x.txt: not a page this importer reads")
    );
    assert!(broken("x.json", "{\"a\": 1}").contains("not Tencent API metadata"));
    let no_action = zh.replace(
        "Action | 是 | String | 公共参数,本接口取值:CreateWidget。 |\n",
        "",
    );
    assert!(broken("n.zh.txt", &no_action).contains("no `Action` row"));
}

#[test]
fn an_older_page_over_a_newer_one_is_refused_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    import(
        tmp.path(),
        &[page("demo-DescribeWidgets.en.txt")],
        &ImportOptions::default(),
    )
    .unwrap();
    let en = fs::read_to_string(page("demo-DescribeWidgets.en.txt")).unwrap();
    let older = tmp.path().join("older.en.txt");
    fs::write(
        &older,
        en.replace("2024-05-06 07:08:09", "2023-01-01 00:00:00")
            .replace("Widget IDs.", "IDs of widgets."),
    )
    .unwrap();
    let err = import(
        tmp.path(),
        std::slice::from_ref(&older),
        &ImportOptions::default(),
    )
    .expect_err("refused");
    let msg = err[0].to_string();
    assert!(msg.contains("comes from a page updated 2024-05-06 07:08:09, newer than this input (a page updated 2023-01-01 00:00:00)"), "{msg}");
    let forced = import(
        tmp.path(),
        &[older],
        &ImportOptions {
            force: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        forced
            .lines
            .iter()
            .any(|l| l.contains("input.WidgetIds.description: description replaced")),
        "{:?}",
        forced.lines
    );
}

#[test]
fn a_page_in_the_other_language_adds_its_texts_beside_the_files() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    import(
        tmp.path(),
        &[page("demo-CreateWidget.zh.txt")],
        &ImportOptions::default(),
    )
    .unwrap();
    // The same page in English (a newer date keeps the age check out of the way).
    let en = "tencent cloud\n\nCreateWidget\n\nLast updated: 2030-01-01 00:00:00\n\n1. API Description\n\nDomain name for API request: demo.tencentcloudapi.com.\n\nThis API is used to create a widget.\n\nA maximum of 10 requests can be initiated per second for this API.\n\n2. Input Parameters\n\nParameter Name Required Type Description\nAction Yes String Common Params. The value used for this API: CreateWidget.\nVersion Yes String Common Params. The value used for this API: 2024-01-01.\nRegion No String Common Params. This parameter is not required for this API.\nName Yes String Widget name.\nKind No String Widget kind. valid values: SMALL, LARGE. Default value: SMALL.\nContent No String Base64-encoded content.\nSize No Integer Size. Minimum value: 1. Maximum value: 10. Default value: 5.\nTags.N No Array of Tag Tags. Up to 10 tags.\n\n3. Output Parameters\n\nParameter Name Type Description\nWidgetId String Widget ID.\nRequestId String The request ID.\n\n4. Example\n\n5. Developer Resources\n\n6. Error Code\n\nError Code Description\nInvalidParameterValue.InvalidName Invalid name.\nLimitExceeded.WidgetQuota Quota exceeded.\n";
    let path = tmp.path().join("CreateWidget.en.txt");
    fs::write(&path, en).unwrap();
    let report = import(
        tmp.path(),
        std::slice::from_ref(&path),
        &ImportOptions::default(),
    )
    .unwrap();
    // The file stays Chinese; the English texts go beside the Chinese ones.
    let c = read_json(tmp.path(), "spec/demo/2024-01-01/actions/CreateWidget.json");
    assert_eq!(
        (
            c["language"].clone(),
            c["description"].clone(),
            c["description_en"].clone()
        ),
        (
            "zh".into(),
            "本接口用于创建小部件。".into(),
            "This API is used to create a widget.".into()
        )
    );
    assert_eq!(c["errors"][0]["description"], "名称无效。");
    assert_eq!(c["errors"][0]["description_en"], "Invalid name.");
    let name = c["input"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Name")
        .unwrap();
    assert_eq!(name["description_en"], "Widget name.");
    // The page shows no example: the existing one goes, and the report says so.
    assert!(
        report
            .lines
            .iter()
            .any(|l| l.contains("examples `创建小部件`: removed")),
        "{:?}",
        report.lines
    );
}
