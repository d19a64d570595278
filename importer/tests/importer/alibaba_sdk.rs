//! Alibaba Cloud's Python SDK packages imported whole: made packages committed under
//! `tests/alibaba/` (written here in the vendor generator's two forms, never copied from a
//! package), and the pinned eflo-controller and cs packages fetched from PyPI.

use std::fs;
use std::path::{Path, PathBuf};

use importer::{import, ImportOptions};
use serde_json::Value;

use crate::support::{accepted, copy_dir, package_file, repo};

fn made(layout: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/alibaba")
        .join(layout)
}

fn read_json(root: &Path, rel: &str) -> Value {
    let text = fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn empty_root() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    tmp
}

/// The member `name` of an action's `input`.
fn input<'a>(action: &'a Value, name: &str) -> &'a Value {
    action["input"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no input member {name}"))
}

#[test]
fn a_made_package_becomes_a_service() {
    let tmp = empty_root();
    // The folder holding the package (and its .dist-info) is as good as the package.
    let report = accepted(import(
        tmp.path(),
        &[made("new")],
        &ImportOptions::default(),
    ));
    let lines = report.lines.join("\n");
    assert!(!lines.contains("does not validate"), "{lines}");
    assert!(
        lines.contains("left out: widgets ListWidgetNames: its answer is a JSON array (alibabacloud_widgets20300101/client.py:"),
        "{lines}"
    );
    let dir = "spec/widgets/2030-01-01";
    let service = read_json(tmp.path(), &format!("{dir}/service.json"));
    assert_eq!(service["title"], "Alibaba Cloud Widgets");
    assert_eq!(service["protocol"], "acs3-rpc");
    assert_eq!(
        service["regional_endpoint"],
        "widgets.{region}.aliyuncs.com"
    );
    assert_eq!(
        service["endpoint_map"],
        serde_json::json!({"cn-test-1": "widgets.aliyuncs.com"})
    );
    let create = read_json(tmp.path(), &format!("{dir}/actions/CreateWidget.json"));
    assert_eq!(create["source"], "alibabacloud_widgets20300101/client.py");
    assert_eq!(
        create["source_package"],
        "alibabacloud-widgets20300101 1.0.0"
    );
    assert_eq!(
        create["http"],
        serde_json::json!({"method": "POST", "path": "/", "body": "form", "answer": "json"})
    );
    let name = input(&create, "Name");
    assert_eq!(name["location"], "query");
    assert_eq!(name["required"], true);
    assert_eq!(
        name["description"],
        "The widget's name.\n\n- It is shown in the console.\n- It must be unique."
    );
    assert_eq!(input(&create, "Labels")["type"], "Json");
    let parts = input(&create, "Parts");
    assert_eq!(
        (&parts["type"], &parts["list"], &parts["style"]),
        (
            &Value::from("Parts"),
            &Value::from(true),
            &Value::from("json")
        )
    );
    let zones = input(&create, "ZoneIds");
    assert_eq!(
        (&zones["style"], &zones["max_items"]),
        (&Value::from("simple"), &Value::from(3))
    );
    // The request's and the answer's parts have one shape: one type.
    let describe = read_json(tmp.path(), &format!("{dir}/actions/DescribeWidgets.json"));
    assert_eq!(input(&describe, "PageSize")["location"], "query");
    assert_eq!(input(&describe, "PageSize")["default"], 10);
    let widgets = read_json(tmp.path(), &format!("{dir}/types/Widgets.json"));
    let members: Vec<(&str, &str)> = widgets["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m["type"].as_str().unwrap()))
        .collect();
    assert_eq!(
        members,
        [
            ("Attributes", "Json"),
            ("Parts", "Parts"),
            ("Weight", "Number")
        ]
    );
    let part = read_json(tmp.path(), &format!("{dir}/types/Parts.json"));
    assert_eq!(part["members"][0]["maximum"], 10);
    assert!(!tmp
        .path()
        .join(format!("{dir}/actions/ListWidgetNames.json"))
        .exists());
}

/// History never matters: the older package form, then the newer release, gives what the
/// newer release gives alone (the action the newer one dropped is gone and reported).
#[test]
fn an_older_release_then_a_newer_one_is_the_newer_one() {
    let alone = empty_root();
    accepted(import(
        alone.path(),
        &[made("new")],
        &ImportOptions::default(),
    ));
    let both = empty_root();
    let old = made("old/alibabacloud_widgets20300101");
    let report = accepted(import(both.path(), &[old], &ImportOptions::default()));
    let stop = read_json(
        both.path(),
        "spec/widgets/2030-01-01/actions/StopWidget.json",
    );
    assert_eq!(stop["description"], "Stops a widget.");
    assert_eq!(input(&stop, "WidgetId")["required"], true);
    assert!(report
        .lines
        .iter()
        .all(|l| !l.contains("does not validate")));
    let report = accepted(import(
        both.path(),
        &[made("new")],
        &ImportOptions::default(),
    ));
    assert!(
        report
            .lines
            .iter()
            .any(|l| l.contains("removed: the metadata no longer has action StopWidget")),
        "{}",
        report.lines.join("\n")
    );
    let tree = |root: &Path| {
        let mut files: Vec<(String, String)> = walk(&root.join("spec"))
            .into_iter()
            .map(|p| {
                let rel = p.strip_prefix(root).unwrap().display().to_string();
                (rel, fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    };
    assert_eq!(tree(alone.path()), tree(both.path()));
    // And the older release over the newer one is refused.
    let errors = import(
        both.path(),
        &[made("old/alibabacloud_widgets20300101")],
        &ImportOptions::default(),
    )
    .expect_err("older");
    assert!(
        errors[0].to_string().contains("newer than this input"),
        "{}",
        errors[0]
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn broken_packages_name_the_file_and_line() {
    // A client.py cut short: the action it cuts is left out, the product is imported.
    let tmp = empty_root();
    let pkg = tmp.path().join("x/alibabacloud_widgets20300101");
    copy_dir(&made("new"), &tmp.path().join("x"));
    let client = fs::read_to_string(pkg.join("client.py")).unwrap();
    let cut = client
        .find("    def list_widget_names_with_options(")
        .unwrap()
        + 200;
    fs::write(pkg.join("client.py"), &client[..cut]).unwrap();
    let report = accepted(import(
        tmp.path(),
        std::slice::from_ref(&pkg),
        &ImportOptions::default(),
    ));
    let lines = report.lines.join("\n");
    assert!(
        lines
            .contains("left out: widgets ListWidgetNames: alibabacloud_widgets20300101/client.py:"),
        "{lines}"
    );
    assert!(tmp
        .path()
        .join("spec/widgets/2030-01-01/actions/CreateWidget.json")
        .exists());
    // An annotation the SDK does not write: the action using it is left out, with its place.
    let model = pkg.join("models/_describe_widgets.py");
    let text = fs::read_to_string(&model).unwrap();
    fs::write(
        &model,
        text.replace("weight: float = None", "weight: Set[float] = None"),
    )
    .unwrap();
    let report = accepted(import(
        tmp.path(),
        std::slice::from_ref(&pkg),
        &ImportOptions::default(),
    ));
    let lines = report.lines.join("\n");
    assert!(
        lines.contains("left out: widgets DescribeWidgets: alibabacloud_widgets20300101/models/_describe_widgets.py:61: field `weight`: unknown annotation `Set[float]`"),
        "{lines}"
    );
    // A wheel, and a folder that is no package.
    let wheel = tmp
        .path()
        .join("alibabacloud_widgets20300101-1.0.0-py3-none-any.whl");
    fs::write(&wheel, b"PK").unwrap();
    let errors = import(tmp.path(), &[wheel], &ImportOptions::default()).expect_err("a wheel");
    assert!(
        errors[0].to_string().contains("a wheel: unpack it first"),
        "{}",
        errors[0]
    );
    let errors = import(
        tmp.path(),
        &[tmp.path().join("spec")],
        &ImportOptions::default(),
    )
    .expect_err("not a package");
    assert!(
        errors[0]
            .to_string()
            .contains("not an Alibaba Cloud SDK package"),
        "{}",
        errors[0]
    );
}

const EFLO: (&str, &str) = ("alibabacloud-eflo-controller20221215", "3.2.0");
const CS: (&str, &str) = ("alibabacloud-cs20151215", "7.2.3");

fn pinned((name, version): (&str, &str)) -> PathBuf {
    let module = name.replace('-', "_");
    package_file(name, version, &format!("{module}/client.py"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
#[ignore = "network: fetches alibabacloud-eflo-controller20221215 3.2.0 from PyPI"]
fn eflo_controller_is_imported_whole() {
    let tmp = empty_root();
    let report = accepted(import(
        tmp.path(),
        &[pinned(EFLO)],
        &ImportOptions::default(),
    ));
    let dir = tmp.path().join("spec/eflo-controller/2022-12-15");
    let mut actions: Vec<String> = fs::read_dir(dir.join("actions"))
        .unwrap()
        .flatten()
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".json")
                .to_owned()
        })
        .collect();
    actions.sort();
    assert_eq!(actions.len(), 65, "{actions:?}");
    for name in [
        "CreateCluster",
        "DescribeInvocations",
        "ListClusterNodes",
        "RunCommand",
        "UpdateNodeGroup",
    ] {
        assert!(actions.iter().any(|a| a == name), "{name}");
    }
    assert!(!report.lines.iter().any(|l| l.starts_with("left out")));
    let root = tmp.path();
    let task = read_json(
        root,
        "spec/eflo-controller/2022-12-15/actions/CreateDiagnosticTask.json",
    );
    assert_eq!(input(&task, "NodeIds")["style"], "simple");
    assert_eq!(input(&task, "AiJobLogInfo")["style"], "json");
    let service = read_json(root, "spec/eflo-controller/2022-12-15/service.json");
    assert_eq!(service["protocol"], "acs3-rpc");
    assert_eq!(
        service["regional_endpoint"],
        "eflo-controller.{region}.aliyuncs.com"
    );
    // The committed spec is this import over the seeded page: importing again changes nothing.
    let again = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("spec"), &again.path().join("spec"));
    let report = accepted(import(
        again.path(),
        &[pinned(EFLO)],
        &ImportOptions::default(),
    ));
    assert!(report.written.is_empty(), "written: {:?}", report.written);
}

#[test]
#[ignore = "network: fetches alibabacloud-cs20151215 7.2.3 from PyPI"]
fn cs_is_imported_as_roa() {
    let tmp = empty_root();
    let report = accepted(import(tmp.path(), &[pinned(CS)], &ImportOptions::default()));
    let left: Vec<&String> = report
        .lines
        .iter()
        .filter(|l| l.starts_with("left out: cs "))
        .collect();
    assert_eq!(left.len(), 24, "{left:#?}");
    let root = tmp.path();
    let n = fs::read_dir(root.join("spec/cs/2015-12-15/actions"))
        .unwrap()
        .count();
    assert_eq!(n, 123);
    let attach = read_json(root, "spec/cs/2015-12-15/actions/AttachInstances.json");
    assert_eq!(attach["http"]["path"], "/clusters/{ClusterId}/attach");
    assert_eq!(input(&attach, "ClusterId")["location"], "path");
    let service = read_json(root, "spec/cs/2015-12-15/service.json");
    assert_eq!(service["protocol"], "acs3-roa");
    assert_eq!(service["endpoint_map"]["cn-wuhan"], "cs.aliyuncs.com");
    let again = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("spec"), &again.path().join("spec"));
    let report = accepted(import(
        again.path(),
        &[pinned(CS)],
        &ImportOptions::default(),
    ));
    assert!(report.written.is_empty(), "written: {:?}", report.written);
}

#[test]
#[ignore = "network: fetches alibabacloud-eflo-controller20221215 2.8.0 (one models.py) and 3.2.0 from PyPI"]
fn eflo_controller_history_never_matters() {
    let old = pinned(("alibabacloud-eflo-controller20221215", "2.8.0"));
    let alone = tempfile::tempdir().unwrap();
    let both = tempfile::tempdir().unwrap();
    for root in [alone.path(), both.path()] {
        copy_dir(&repo().join("spec"), &root.join("spec"));
    }
    // The committed folder is from 3.2.0: the older release goes over it only when forced.
    let force = ImportOptions {
        force: true,
        ..ImportOptions::default()
    };
    let report = accepted(import(both.path(), &[old], &force));
    assert!(report
        .lines
        .iter()
        .any(|l| l.contains("removed: the metadata no longer has action")));
    for root in [alone.path(), both.path()] {
        accepted(import(root, &[pinned(EFLO)], &ImportOptions::default()));
    }
    let tree = |root: &Path| -> Vec<(String, String)> {
        let dir = root.join("spec/eflo-controller");
        let mut files: Vec<_> = walk(&dir)
            .into_iter()
            .map(|p| {
                (
                    p.display()
                        .to_string()
                        .replace(&root.display().to_string(), ""),
                    fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    assert_eq!(tree(alone.path()), tree(both.path()));
}
