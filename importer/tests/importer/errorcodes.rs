//! The SDK's `errorcodes.py` into `service.json`: a small package made here (made-up codes in
//! the vendor's layout), broken files, the age and language rules, the change report, and
//! the real pinned file (fetched by `scripts/fetch-metadata.sh`), whose import must give the
//! committed `service_errors`.

use std::fs;
use std::path::{Path, PathBuf};

use importer::changes::{compare, Level};
use importer::{import, ImportOptions};
use serde_json::Value;

use crate::support::{copy_dir, package_file, repo};

/// A spec root holding a copy of the committed spec with the TAT service's own codes taken
/// out, so every import here starts from a service without them.
fn spec_root() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("spec"), &tmp.path().join("spec"));
    let service = tmp.path().join(SERVICE_JSON);
    let mut file: codegen::spec::ServiceFile =
        serde_json::from_str(&fs::read_to_string(&service).unwrap()).unwrap();
    file.service_errors.clear();
    file.service_errors_source = None;
    fs::write(&service, codegen::spec::to_canonical_json(&file)).unwrap();
    tmp
}

const SERVICE_JSON: &str = "spec/tat/2020-10-28/service.json";

const FIXTURE: &str = "# -*- coding: utf8 -*-
# A licence header the reader must leave out.

# CAM signature/authentication error.
AUTHFAILURE = 'AuthFailure'

# Failed to reach the widget
# store.
FAILEDOPERATION_WIDGETSTORE = \"FailedOperation.WidgetStore\"

# 
RESOURCENOTFOUND_WIDGET = 'ResourceNotFound.Widget'

# Not a code the spec can name.
INVALIDPARAMETER_ = 'InvalidParameter.'
";

/// An unpacked SDK package in `dir`: `tencentcloud/__init__.py`, the dist-info folder beside
/// it, and `errorcodes.py` of tat 2020-10-28 with `text`.
fn sdk(dir: &Path, dist: &str, version: &str, text: &str) -> PathBuf {
    let module = dir.join("tencentcloud");
    let file = module.join("tat/v20201028/errorcodes.py");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(
        module.join("__init__.py"),
        format!("__version__ = '{version}'\n"),
    )
    .unwrap();
    let info = dir.join(format!("{}-{version}.dist-info", dist.replace('-', "_")));
    fs::create_dir_all(&info).unwrap();
    fs::write(
        info.join("RECORD"),
        "tencentcloud/tat/v20201028/errorcodes.py,,\n",
    )
    .unwrap();
    fs::write(&file, text).unwrap();
    file
}

fn service_json(root: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(root.join(SERVICE_JSON)).unwrap()).unwrap()
}

fn codes(v: &Value) -> Vec<(String, String)> {
    v["service_errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_owned(),
                e["description"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_codes_and_their_source_go_to_service_json() {
    let root = spec_root();
    let pkg = tempfile::tempdir().unwrap();
    let file = sdk(
        pkg.path(),
        "tencentcloud-sdk-python-intl-en",
        "3.1.193",
        FIXTURE,
    );
    let report = import(
        root.path(),
        std::slice::from_ref(&file),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(report.written, [SERVICE_JSON]);
    let v = service_json(root.path());
    assert_eq!(
        codes(&v),
        [
            (
                "AuthFailure".into(),
                "CAM signature/authentication error.".into()
            ),
            (
                "FailedOperation.WidgetStore".into(),
                "Failed to reach the widget store.".into()
            ),
            ("ResourceNotFound.Widget".into(), String::new()),
        ]
    );
    assert_eq!(
        v["service_errors_source"],
        serde_json::json!({
            "source": "tencentcloud/tat/v20201028/errorcodes.py",
            "package": "tencentcloud-sdk-python-intl-en 3.1.193",
            "language": "en"
        })
    );
    // The platform's common codes are a list of their own, left as they were.
    assert_eq!(
        v["common_errors"],
        service_json(&repo())["common_errors"],
        "common_errors untouched"
    );
    let f = file.display();
    let lines = report.lines.join("\n");
    assert!(
        lines.contains(&format!(
            "{f}:12: `ResourceNotFound.Widget` has an empty description"
        )),
        "{lines}"
    );
    assert!(
        lines.contains(&format!("{f}:15: INVALIDPARAMETER_: `InvalidParameter.` is not an error code (expected words joined by dots, like `FailedOperation.CVMError`); left out")),
        "{lines}"
    );
    assert!(
        lines.contains(&format!(
            "{SERVICE_JSON}: service_errors: 3 codes from tencentcloud-sdk-python-intl-en 3.1.193"
        )),
        "{lines}"
    );

    // The change report names each new code of the service's list.
    let before = codegen::load::read_spec_tree(&repo()).unwrap();
    let mut base: Vec<_> = before.clone();
    let service = base.iter_mut().find(|f| f.path == SERVICE_JSON).unwrap();
    let mut sv: Value = serde_json::from_str(&service.text).unwrap();
    sv.as_object_mut().unwrap().remove("service_errors");
    service.text = serde_json::to_string(&sv).unwrap();
    let after = codegen::load::read_spec_tree(root.path()).unwrap();
    let r = compare(&base, &after).unwrap();
    let added: Vec<(&str, Level, &str)> = r
        .changes
        .iter()
        .filter(|c| c.place == "service_errors")
        .map(|c| (c.id, c.level, c.detail.as_str()))
        .collect();
    assert_eq!(
        added,
        [
            // Already a code of the service: a page documents it.
            (
                "error-code-added",
                Level::Docs,
                "`AuthFailure` (already a code of the service)"
            ),
            (
                "error-code-added",
                Level::Additive,
                "`FailedOperation.WidgetStore`"
            ),
            (
                "error-code-added",
                Level::Additive,
                "`ResourceNotFound.Widget`"
            ),
        ]
    );
}

#[test]
fn a_new_list_replaces_the_old_and_the_report_says_what_changed() {
    let root = spec_root();
    let pkg = tempfile::tempdir().unwrap();
    let file = sdk(
        pkg.path(),
        "tencentcloud-sdk-python-intl-en",
        "3.1.193",
        FIXTURE,
    );
    import(root.path(), &[file], &ImportOptions::default()).unwrap();
    let before = codegen::load::read_spec_tree(root.path()).unwrap();

    let newer = tempfile::tempdir().unwrap();
    let text = FIXTURE
        .replace(
            "# Failed to reach the widget\n# store.\n",
            "# The widget store failed.\n",
        )
        .replace(
            "# \nRESOURCENOTFOUND_WIDGET = 'ResourceNotFound.Widget'\n",
            "",
        );
    let file = sdk(
        newer.path(),
        "tencentcloud-sdk-python-intl-en",
        "3.1.194",
        &text,
    );
    let report = import(root.path(), &[file], &ImportOptions::default()).unwrap();
    let lines = report.lines.join("\n");
    assert!(
        lines.contains(&format!(
            "{SERVICE_JSON}: service_errors.FailedOperation.WidgetStore: description replaced"
        )),
        "{lines}"
    );
    assert!(
        lines.contains(&format!(
            "{SERVICE_JSON}: service_errors.ResourceNotFound.Widget: removed (the input does not list it)"
        )),
        "{lines}"
    );
    let v = service_json(root.path());
    assert_eq!(codes(&v).len(), 2);
    assert_eq!(
        v["service_errors_source"]["package"],
        "tencentcloud-sdk-python-intl-en 3.1.194"
    );
    let after = codegen::load::read_spec_tree(root.path()).unwrap();
    let r = compare(&before, &after).unwrap();
    let changes: Vec<(&str, Level, &str, &str)> = r
        .changes
        .iter()
        .map(|c| (c.id, c.level, c.place.as_str(), c.detail.as_str()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "error-code-removed",
                Level::Breaking,
                "service_errors",
                "`ResourceNotFound.Widget`"
            ),
            (
                "error-description-changed",
                Level::Docs,
                "service_errors.FailedOperation.WidgetStore",
                "description changed"
            ),
        ]
    );

    // The older package is refused now, unless forced.
    let older = tempfile::tempdir().unwrap();
    let file = sdk(
        older.path(),
        "tencentcloud-sdk-python-intl-en",
        "3.1.193",
        FIXTURE,
    );
    let e = import(
        root.path(),
        std::slice::from_ref(&file),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        e[0].to_string(),
        format!("{}: {SERVICE_JSON}: service_errors comes from metadata tencentcloud-sdk-python-intl-en 3.1.194, newer than this input (metadata tencentcloud-sdk-python-intl-en 3.1.193); not imported (pass --force to import it anyway)", file.display())
    );
    let forced = ImportOptions {
        force: true,
        ..Default::default()
    };
    import(root.path(), &[file], &forced).unwrap();
    assert_eq!(codes(&service_json(root.path())).len(), 3);
}

#[test]
fn another_language_goes_beside_the_lists_descriptions() {
    let root = spec_root();
    let pkg = tempfile::tempdir().unwrap();
    let file = sdk(
        pkg.path(),
        "tencentcloud-sdk-python-intl-en",
        "3.1.193",
        FIXTURE,
    );
    import(root.path(), &[file], &ImportOptions::default()).unwrap();
    let zh = tempfile::tempdir().unwrap();
    let text = FIXTURE.replace(
        "# CAM signature/authentication error.",
        "# CAM签名/鉴权错误。",
    );
    let file = sdk(zh.path(), "tencentcloud-sdk-python", "3.1.195", &text);
    let report = import(
        root.path(),
        std::slice::from_ref(&file),
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(
        report.lines.iter().any(|l| l
            == &format!("{SERVICE_JSON}: service_errors: the list stays in `en`; the input's `zh` descriptions go beside it")),
        "{:?}",
        report.lines
    );
    let v = service_json(root.path());
    assert_eq!(codes(&v)[0].1, "CAM signature/authentication error.");
    assert_eq!(
        v["service_errors_source"]["package"],
        "tencentcloud-sdk-python 3.1.195"
    );
    assert_eq!(
        v["service_errors"][0]["description_zh"],
        "CAM签名/鉴权错误。"
    );
    assert_eq!(v["service_errors_source"]["language"], "en");
}

#[test]
fn a_broken_file_names_the_file_the_line_and_what_was_expected() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "not python constants",
            "# A code.\nAUTHFAILURE: 'AuthFailure'\n",
            ":2: expected `# description`, `NAME = 'Code'` or a blank line, got `AUTHFAILURE: 'AuthFailure'`",
        ),
        (
            "unterminated string",
            "# A code.\nAUTHFAILURE = 'AuthFailure\n",
            ":2: expected `# description`, `NAME = 'Code'` or a blank line, got `AUTHFAILURE = 'AuthFailure`",
        ),
        (
            "no description",
            "# A code.\nAUTHFAILURE = 'AuthFailure'\nINTERNALERROR = 'InternalError'\n",
            ":3: `InternalError` has no description: expected a `# ...` comment line right above it",
        ),
        (
            "duplicate",
            "# A code.\nAUTHFAILURE = 'AuthFailure'\n\n# Again.\nAUTHFAILURE2 = 'AuthFailure'\n",
            ":5: duplicate code `AuthFailure` (also line 2)",
        ),
        (
            "nothing",
            "# Only a header.\n",
            ": no error codes: expected lines `NAME = 'Code'`, each with a `# description` line above it",
        ),
    ];
    for (what, text, expected) in cases {
        let root = spec_root();
        let pkg = tempfile::tempdir().unwrap();
        let file = sdk(
            pkg.path(),
            "tencentcloud-sdk-python-intl-en",
            "3.1.193",
            text,
        );
        let e = import(
            root.path(),
            std::slice::from_ref(&file),
            &ImportOptions::default(),
        )
        .unwrap_err();
        assert_eq!(
            e[0].to_string(),
            format!("{}{expected}", file.display()),
            "{what}"
        );
        assert_eq!(
            service_json(root.path()),
            service_json(spec_root().path()),
            "{what}: nothing written"
        );
    }

    // Outside the SDK's layout, or without the package beside it.
    let root = spec_root();
    let loose = tempfile::tempdir().unwrap();
    let file = loose.path().join("errorcodes.py");
    fs::write(&file, FIXTURE).unwrap();
    let e = import(
        root.path(),
        std::slice::from_ref(&file),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        e[0].to_string(),
        format!("{}: expected the file at `tencentcloud/<service>/v<YYYYMMDD>/errorcodes.py` inside the unpacked SDK package (run scripts/fetch-metadata.sh)", file.display())
    );
    let bare = tempfile::tempdir().unwrap();
    let file = bare.path().join("tencentcloud/tat/v20201028/errorcodes.py");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(&file, FIXTURE).unwrap();
    let e = import(
        root.path(),
        std::slice::from_ref(&file),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(
        e[0].to_string().starts_with(&format!(
            "{}: cannot tell which package shipped this file",
            file.display()
        )),
        "{}",
        e[0]
    );
}

/// The pinned SDK package, fetched when missing.
fn pinned() -> PathBuf {
    package_file(
        "tencentcloud-sdk-python-intl-en",
        "3.1.193",
        "tencentcloud/tat/v20201028/errorcodes.py",
    )
}

/// The committed `service_errors` came from the pinned file: importing it again into a spec
/// without them gives the committed `service.json` byte for byte.
#[test]
#[ignore = "network: fetches tencentcloud-sdk-python-intl-en 3.1.193 from PyPI"]
fn the_pinned_file_gives_the_committed_service_errors() {
    let root = spec_root();
    let file = pinned();
    let report = import(root.path(), &[file], &ImportOptions::default()).unwrap();
    assert_eq!(report.written, [SERVICE_JSON]);
    assert_eq!(
        fs::read_to_string(root.path().join(SERVICE_JSON)).unwrap(),
        fs::read_to_string(repo().join(SERVICE_JSON)).unwrap()
    );
    let v = service_json(root.path());
    assert_eq!(codes(&v).len(), 82);
    assert_eq!(
        codes(&v)
            .iter()
            .find(|(c, _)| c == "FailedOperation.CVMError")
            .map(|(_, d)| d.as_str()),
        Some("Failed to access the CVM.")
    );
    // Importing it over itself changes nothing.
    let again = import(root.path(), &[pinned()], &ImportOptions::default()).unwrap();
    assert!(again.written.is_empty(), "{:?}", again.lines);
}
