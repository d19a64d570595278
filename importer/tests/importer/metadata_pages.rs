//! Pages the importer has never seen: every TAT action of the pinned metadata rendered as a
//! page in each format the vendor's sites use (the 2023 English site, the international
//! English site with Chinese navigation and indented tables, the Chinese site with `|`
//! tables), imported, and compared with the import of the metadata itself. The pages are
//! rendered from the metadata as the vendor renders them, so the two imports must agree on
//! every fact a page can carry. A page shows text without markup (no link addresses, no code
//! spans), so descriptions are compared as their plain text.
//!
//! The metadata is fetched by `scripts/fetch-metadata.sh` (the releases named below, from
//! PyPI, wherever the pins have moved).

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use importer::{import, markup, ImportOptions};
use serde_json::Value;

use crate::support::{accepted, package_file};

/// The metadata of a service version in one package, fetched when missing.
fn metadata(package: &str, service: &str, version: &str) -> PathBuf {
    let (name, release) = package.rsplit_once('-').expect("<name>-<version>");
    package_file(
        name,
        release,
        &format!("tccli/services/{service}/v{version}/api.json"),
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    En2023,
    EnIntl,
    Zh,
}

fn page_type(m: &Value) -> String {
    let item = m["member"].as_str().unwrap();
    let scalar = match item {
        "string" | "datetime" | "datetime_iso" | "date" => "String",
        "int64" | "uint64" | "int" => "Integer",
        "bool" => "Boolean",
        other => other,
    };
    if m["type"] == "list" {
        format!("Array of {scalar}")
    } else {
        scalar.to_owned()
    }
}

/// A `document` field as a page shows it: its text without markup, an item's bullet `- `
/// (as the Chinese site's cells show it: "可选取值：- SCHEDULE：周期类型执行器。").
fn page_text(doc: &str) -> String {
    shown_text(&markup::from_vendor(doc, markup::Site::TencentIntl))
}

/// CommonMark as a page shows it (see [`page_text`]).
fn shown_text(markdown: &str) -> String {
    markup::plain(markdown)
        .lines()
        .map(|l| {
            let indent = l.len() - l.trim_start().len();
            match l.trim_start().strip_prefix("• ") {
                Some(item) => format!("{}- {item}", &l[..indent]),
                None => l.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A description as a page can carry it: its plain text on one line.
fn shown(description: &Value) -> Value {
    match description.as_str() {
        Some(d) => Value::from(importer::prose::one_line(&shown_text(d))),
        None => description.clone(),
    }
}

fn doc_lines(m: &Value) -> Vec<String> {
    page_text(m["document"].as_str().unwrap_or_default())
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// One action of the metadata as a page in `style`.
fn render(api: &Value, examples: &Value, action: &str, style: Style) -> String {
    let a = &api["actions"][action];
    let service = api["metadata"]["serviceShortName"].as_str().unwrap();
    let version = api["metadata"]["apiVersion"].as_str().unwrap();
    let objects = &api["objects"];
    let members = |name: &str| -> Vec<Value> {
        objects[name]["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["disabled"] != true)
            .cloned()
            .collect()
    };
    let mut p = String::new();
    let zh = style == Style::Zh;
    let description = page_text(a["document"].as_str().unwrap());
    match style {
        Style::En2023 => {
            let _ = write!(p, "tencent cloud\n\nFeedback\n\n{action}\n\nLast updated: 2024-01-01 00:00:00\n\n1. API Description\n\n");
        }
        Style::EnIntl => {
            let _ = write!(p, "tencent cloud\n\n自动化助手\n\n产品动态\nAPI 文档\nData Types\n\n{action}\n\nPDF\n最后更新时间: 2024-01-01 00:00:00\n\n1. API Description\n\n");
        }
        Style::Zh => p.push_str("文档反馈1. 接口描述\n"),
    }
    let host = format!("{service}.tencentcloudapi.com");
    if zh {
        let _ = writeln!(p, "接口请求域名: {host} 。");
        for l in description.lines() {
            let _ = writeln!(p, "{}", l.trim());
        }
        p.push_str("默认接口请求频率限制:20次/秒。\n推荐使用 API Explorer\n2. 输入参数\n参数名称 | 必选 | 类型 | 描述 |\n---|---|---|---|\n");
        let _ = writeln!(p, "Action | 是 | String | 公共参数,本接口取值:{action}。 |");
        let _ = writeln!(
            p,
            "Version | 是 | String | 公共参数,本接口取值:{version}。 |"
        );
        p.push_str("Region | 否 | String | 公共参数,本接口不需要传递此参数。 |\n");
    } else {
        let _ = write!(p, "Domain name for API request: {host}.\n\n");
        for l in description.lines() {
            let _ = writeln!(p, "{}", l.trim());
        }
        p.push_str("\nA maximum of 20 requests can be initiated per second for this API.\n\nWe recommend you to use API Explorer\nTry it\n\n2. Input Parameters\n\nParameter Name Required Type Description\n");
        let _ = writeln!(
            p,
            "Action Yes String Common Params. The value used for this API: {action}."
        );
        let _ = writeln!(
            p,
            "Version Yes String Common Params. The value used for this API: {version}."
        );
        p.push_str(
            "Region No String Common Params. This parameter is not required for this API.\n",
        );
    }
    // The international site indents what follows its first stray list item.
    let indent = if style == Style::EnIntl { "    " } else { "" };
    let row = |p: &mut String, m: &Value, input: bool| {
        let name = m["name"].as_str().unwrap();
        let name = if input && m["type"] == "list" {
            format!("{name}.N")
        } else {
            name.to_owned()
        };
        let required = m["required"] == true;
        let lines = doc_lines(m);
        let example = m["example"]
            .as_str()
            .filter(|e| !e.is_empty() && *e != "无");
        if zh {
            // The site flattens a cell's lines into one (as `prose::one_line` does).
            let mut cell = importer::prose::one_line(&lines.join("\n"));
            if let Some(e) = example {
                let _ = write!(cell, "示例值:{e}");
            }
            if input {
                let _ = writeln!(
                    p,
                    "{name} | {} | {} | {cell} |",
                    if required { "是" } else { "否" },
                    page_type(m)
                );
            } else {
                let _ = writeln!(p, "{name} | {} | {cell} |", page_type(m));
            }
        } else {
            let first = lines.first().cloned().unwrap_or_default();
            if input {
                let _ = writeln!(
                    p,
                    "{indent}{name} {} {} {first}",
                    if required { "Yes" } else { "No" },
                    page_type(m)
                );
            } else {
                let _ = writeln!(p, "{indent}{name} {} {first}", page_type(m));
            }
            for l in lines.iter().skip(1) {
                let _ = writeln!(p, "{indent}{l}");
            }
        }
    };
    for m in members(a["input"].as_str().unwrap()) {
        row(&mut p, &m, true);
    }
    if zh {
        p.push_str("3. 输出参数\n参数名称 | 类型 | 描述 |\n---|---|---|\n");
    } else {
        let _ = write!(
            p,
            "\n{indent}3. Output Parameters\n\n{indent}Parameter Name Type Description\n"
        );
    }
    for m in members(a["output"].as_str().unwrap()) {
        row(&mut p, &m, false);
    }
    let _ = write!(
        p,
        "{}",
        if zh {
            "4. 示例\n"
        } else {
            "\n    4. Example\n\n"
        }
        .replace("    ", indent)
    );
    for (i, e) in examples["actions"][action]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let title = e["title"].as_str().unwrap();
        let document = page_text(e["document"].as_str().unwrap_or_default());
        let document = document.trim();
        let json = |text: &str| -> String {
            text.lines()
                .map(|l| {
                    if zh {
                        l.trim().to_owned()
                    } else {
                        format!("{indent}{l}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let input = e["input"].as_str().unwrap();
        let body = input.find("\n{").map(|i| &input[i + 1..]).unwrap_or("{}");
        if zh {
            let _ = write!(p, "示例{} {title}\n{document}\n输入示例\nPOST / HTTP/1.1\nHost: {host}\n<公共请求参数>\n{}\n输出示例\n{}\n", i + 1, json(body), json(e["output"].as_str().unwrap()));
        } else {
            let _ = write!(
                p,
                "{indent}Example{} {title}\n\n{indent}{document}\n\n{indent}Input Example\n\n{indent}POST / HTTP/1.1\n{indent}Host: {host}\n{indent}<Common request parameters>\n\n{}\n\n{indent}Output Example\n\n{}\n\n",
                i + 1,
                json(body),
                json(e["output"].as_str().unwrap())
            );
        }
    }
    if zh {
        p.push_str(
            "5. 开发者资源\n6. 错误码\n错误码 | 描述 |\n---|---|\nInternalError | 内部错误。 |\n",
        );
    } else {
        let _ = write!(p, "{indent}5. Developer Resources\n\n{indent}6. Error Code\n\n{indent}Error Code Description\n{indent}InternalError Internal error.\n\n{indent}帮助和支持\n");
    }
    p
}

/// The facts of an action file that a page carries (not the format refinements a page
/// cannot state, nor `region_required`, nor the error table, which the metadata lacks).
fn page_facts(action: &Value, with_examples: bool) -> Value {
    let members = |ms: &Value| -> Vec<Value> {
        ms.as_array()
            .into_iter()
            .flatten()
            .map(|m| {
                let mut m = m.clone();
                let o = m.as_object_mut().unwrap();
                o.remove("format");
                o["description"] = shown(&o["description"]);
                if let Some(names) = o
                    .get_mut("filters")
                    .and_then(|f| f.get_mut("names"))
                    .and_then(Value::as_array_mut)
                {
                    for n in names {
                        n["description"] = shown(&n["description"]);
                    }
                }
                // English pages show no member examples.
                if !with_examples {
                    o.remove("example");
                }
                m
            })
            .collect()
    };
    let mut examples = action["examples"].clone();
    for e in examples.as_array_mut().into_iter().flatten() {
        if let Some(d) = e.get("description").cloned() {
            e["description"] = shown(&d);
        }
    }
    serde_json::json!({
        "description": shown(&action["description"]),
        "input": members(&action["input"]),
        "output": members(&action["output"]),
        "rules": action["rules"],
        "examples": examples,
    })
}

fn import_into(inputs: &[PathBuf]) -> (tempfile::TempDir, Vec<String>) {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("spec")).unwrap();
    let report = accepted(import(tmp.path(), inputs, &ImportOptions::default()));
    (tmp, report.lines)
}

fn check(package: &str, styles: &[Style]) {
    let api_path = metadata(package, "tat", "20201028");
    let api: Value = serde_json::from_str(&fs::read_to_string(&api_path).unwrap()).unwrap();
    let examples: Value = serde_json::from_str(
        &fs::read_to_string(api_path.with_file_name("examples.json")).unwrap(),
    )
    .unwrap();
    let (from_meta, _) = import_into(std::slice::from_ref(&api_path));
    let actions: Vec<String> = api["actions"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(actions.len(), 29);
    for &style in styles {
        let pages = tempfile::tempdir().unwrap();
        let inputs: Vec<PathBuf> = actions
            .iter()
            .map(|a| {
                let path = pages.path().join(format!("{a}.txt"));
                fs::write(&path, render(&api, &examples, a, style)).unwrap();
                path
            })
            .collect();
        let (from_pages, _) = import_into(&inputs);
        let mut differ = Vec::new();
        for a in &actions {
            let rel = format!("spec/tat/2020-10-28/actions/{a}.json");
            let meta: Value =
                serde_json::from_str(&fs::read_to_string(from_meta.path().join(&rel)).unwrap())
                    .unwrap();
            let page: Value =
                serde_json::from_str(&fs::read_to_string(from_pages.path().join(&rel)).unwrap())
                    .unwrap();
            let with_examples = style == Style::Zh;
            let (m, p) = (
                page_facts(&meta, with_examples),
                page_facts(&page, with_examples),
            );
            if m != p {
                differ.push(format!("{a}:\n  metadata: {m}\n  page:     {p}"));
            }
        }
        assert!(
            differ.is_empty(),
            "{} of 29 actions differ in {package} rendered as {}:\n{}",
            differ.len(),
            match style {
                Style::En2023 => "the 2023 English site",
                Style::EnIntl => "the international English site",
                Style::Zh => "the Chinese site",
            },
            differ.join("\n")
        );
    }
}

#[test]
#[ignore = "network: fetches tccli-intl-en 3.1.193.1 from PyPI"]
fn english_pages_in_both_site_styles_agree_with_the_english_metadata() {
    check("tccli-intl-en-3.1.193.1", &[Style::En2023, Style::EnIntl]);
}

#[test]
#[ignore = "network: fetches tccli 3.1.189.1 from PyPI"]
fn chinese_pages_agree_with_the_chinese_metadata() {
    check("tccli-3.1.189.1", &[Style::Zh]);
}
