//! Both of Tencent's metadata packages into one spec: the Chinese `tccli` and the English
//! `tccli-intl-en`, at the pinned releases (fetched from PyPI), imported in both orders
//! must give the same files byte for byte, with the texts of both languages and the facts
//! only one of them states.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use importer::{import, ImportOptions};
use serde_json::Value;

use crate::support::{accepted, package_file};

const ZH: (&str, &str) = ("tccli", "3.1.189.1");
const EN: (&str, &str) = ("tccli-intl-en", "3.1.193.1");

fn api((name, version): (&str, &str), service: &str) -> PathBuf {
    package_file(name, version, &format!("tccli/services/{service}/api.json"))
}

/// Every file under `root`, by path relative to it.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn import_in_order(first: &Path, second: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    for input in [first, second] {
        accepted(import(
            tmp.path(),
            &[input.to_path_buf()],
            &ImportOptions::default(),
        ));
    }
    tmp
}

#[test]
#[ignore = "network: fetches tccli and tccli-intl-en from PyPI"]
fn chinese_then_english_equals_english_then_chinese() {
    for service in [
        "tat/v20201028",
        "cvm/v20170312",
        "cbs/v20170312",
        "vpc/v20170312",
    ] {
        let (zh, en) = (api(ZH, service), api(EN, service));
        let a = import_in_order(&zh, &en);
        let b = import_in_order(&en, &zh);
        let (fa, fb) = (files(a.path()), files(b.path()));
        assert!(fa.len() > 5, "{service}: {} files", fa.len());
        let differ: Vec<&String> = fa
            .keys()
            .chain(fb.keys())
            .filter(|k| fa.get(*k) != fb.get(*k))
            .collect();
        assert!(differ.is_empty(), "{service}: differ by order: {differ:?}");
    }
}

#[test]
#[ignore = "network: fetches tccli and tccli-intl-en from PyPI"]
fn both_languages_texts_and_the_facts_of_either() {
    let service = "tat/v20201028";
    let tmp = import_in_order(&api(EN, service), &api(ZH, service));
    let read = |rel: &str| -> Value {
        let text = fs::read_to_string(tmp.path().join("spec/tat/2020-10-28").join(rel)).unwrap();
        serde_json::from_str(&text).unwrap()
    };
    let cancel = read("actions/CancelInvocation.json");
    assert_eq!(cancel["language"], "en");
    assert!(cancel["description"]
        .as_str()
        .unwrap()
        .starts_with("Cancel the executed command"));
    assert!(cancel["description_zh"]
        .as_str()
        .unwrap()
        .starts_with("取消一台或多台实例执行的命令"));
    assert_eq!(cancel["source_package"], "tccli-intl-en 3.1.193.1");
    assert_eq!(cancel["source_package_zh"], "tccli 3.1.189.1");
    let id = &cancel["input"][0];
    assert_eq!(id["name"], "InvocationId");
    assert!(id["description_zh"]
        .as_str()
        .unwrap()
        .contains("执行活动ID"));
    assert!(cancel["examples"][0]["title_zh"].is_string());
    // "列表长度不超过10" is said only in the Chinese text of CreateInvoker's Tags.
    let invoker = read("actions/CreateInvoker.json");
    let tags = invoker["input"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Tags")
        .unwrap();
    assert_eq!(tags["max_items"], 10);
    assert!(tags["description"]
        .as_str()
        .unwrap()
        .contains("not exceeding 10"));
    // The service's names in both packages.
    let service_file = read("service.json");
    assert!(service_file["title_zh"].is_string());
}
