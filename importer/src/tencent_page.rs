//! Tencent Cloud API pages captured as text, in the formats the vendor's sites render:
//! English pages whose tables are space-separated (the international site with Chinese
//! navigation around it, and the 2023 site with `Feedback` / `Last updated:`), and Chinese
//! pages whose tables are `|`-separated. The numbered section headings are the landmarks;
//! everything outside them (navigation, footers) is ignored.

use std::sync::LazyLock;

use codegen::spec::{ErrorSpec, ExampleSpec};
use regex::Regex;
use serde_json::Value;

use crate::error::ImportError;
use crate::facts::{ActionFacts, MemberFacts, Origin, SourceFacts, SourceKind, TypeFact, Vendor};
use crate::markup;
use crate::prose;

/// The two languages' landmarks.
struct Landmarks {
    language: &'static str,
    sections: [&'static str; 6],
    input_header: &'static str,
    output_header: &'static str,
    error_header: &'static str,
    example: &'static str,
    input_example: &'static str,
    output_example: &'static str,
    common_params: &'static str,
}

const EN: Landmarks = Landmarks {
    language: "en",
    sections: [
        "1. API Description",
        "2. Input Parameters",
        "3. Output Parameters",
        "4. Example",
        "5. Developer Resources",
        "6. Error Code",
    ],
    input_header: "Parameter Name Required Type Description",
    output_header: "Parameter Name Type Description",
    error_header: "Error Code Description",
    example: "Example",
    input_example: "Input Example",
    output_example: "Output Example",
    common_params: "<Common request parameters>",
};

const ZH: Landmarks = Landmarks {
    language: "zh",
    sections: [
        "1. 接口描述",
        "2. 输入参数",
        "3. 输出参数",
        "4. 示例",
        "5. 开发者资源",
        "6. 错误码",
    ],
    input_header: "参数名称 | 必选 | 类型 | 描述 |",
    output_header: "参数名称 | 类型 | 描述 |",
    error_header: "错误码 | 描述 |",
    example: "示例",
    input_example: "输入示例",
    output_example: "输出示例",
    common_params: "<公共请求参数>",
};

/// Lines after the error table that end it (site footers).
const FOOTERS: [&str; 5] = [
    "Contact Us",
    "帮助和支持",
    "Feedback",
    "本页内容是否解决了您的问题?",
    "文档反馈",
];

static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Last updated|最后更新时间)\s*[:：]\s*(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?)",
    )
    .expect("valid")
});
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Domain name for API request|接口请求域名)\s*[:：]\s*([a-z0-9][a-z0-9.-]*[a-z0-9])\s*[.。]?\s*$")
        .expect("valid")
});
static RATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:A maximum of (\d+) requests|(\d+)\s*次/秒)").expect("valid"));
static EN_INPUT_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z0-9_]*(?:\.N)?)\s+(Yes|No)\s+(Array of [A-Za-z][A-Za-z0-9_]*|[A-Za-z][A-Za-z0-9_]*(?: ISO8601)?)\s*(.*)$")
        .expect("valid")
});
static EN_OUTPUT_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z0-9_]*)\s+(Array of [A-Za-z][A-Za-z0-9_]*|String|Integer|Boolean|Float|Timestamp(?: ISO8601)?|[A-Z][a-z][A-Za-z0-9_]*)\s+(.*)$")
        .expect("valid")
});
static EN_ERROR_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)\s+(.+)$").expect("valid")
});
static COMMON_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:The value used for this API|本接口取值)\s*[:：]\s*([A-Za-z0-9-]+)")
        .expect("valid")
});

/// Whether a text is a Tencent API page, and in which language.
fn landmarks(text: &str) -> Option<&'static Landmarks> {
    for l in text.lines() {
        let l = l.trim();
        if l == EN.sections[0] {
            return Some(&EN);
        }
        if l.ends_with(ZH.sections[0]) {
            return Some(&ZH);
        }
    }
    None
}

/// Whether this front end reads the text.
pub fn detect(text: &str) -> bool {
    landmarks(text).is_some()
}

/// One line of the page: its 1-based number and its text without surrounding white space
/// (an English page may indent everything after a stray list item).
#[derive(Clone, Copy)]
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Read a Tencent page. `name` is the file name recorded as the action's `source`.
pub fn read(file: &str, name: &str, text: &str) -> Result<SourceFacts, ImportError> {
    let marks = landmarks(text).ok_or_else(|| {
        ImportError::file(
            file,
            "not a Tencent Cloud API page: no `1. API Description` or `1. 接口描述` heading",
        )
    })?;
    let lines: Vec<Line<'_>> = text
        .lines()
        .enumerate()
        .map(|(i, t)| Line {
            no: i + 1,
            text: t.trim(),
        })
        .collect();
    // Section starts, in order; a missing one means a truncated or foreign page.
    let mut starts = Vec::new();
    let mut from = 0;
    for (i, heading) in marks.sections.iter().enumerate() {
        let found = lines[from..]
            .iter()
            .position(|l| {
                if i == 0 {
                    l.text.ends_with(heading)
                } else {
                    l.text == *heading
                }
            })
            .map(|p| p + from);
        match found {
            Some(p) => {
                starts.push(p);
                from = p + 1;
            }
            None => {
                let after = lines.get(from.saturating_sub(1)).map_or(1, |l| l.no);
                return Err(ImportError::at(
                    file,
                    after,
                    format!("expected the section heading `{heading}` after the section that starts here: the page is truncated or not an API page"),
                ));
            }
        }
    }
    let section = |i: usize| -> &[Line<'_>] {
        let end = starts.get(i + 1).copied().unwrap_or(lines.len());
        &lines[starts[i] + 1..end]
    };
    let updated = lines
        .iter()
        .find_map(|l| UPDATED.captures(l.text).map(|c| c[1].to_owned()));
    let mut notes = Vec::new();

    // 1. Description, domain and rate limit.
    let intro = section(0);
    let domain_at = intro.iter().position(|l| DOMAIN.is_match(l.text));
    let domain = domain_at
        .and_then(|i| DOMAIN.captures(intro[i].text))
        .map(|c| c[1].to_owned());
    let mut description = Vec::new();
    let mut rate_limit = None;
    for l in &intro[domain_at.map_or(0, |i| i + 1)..] {
        if let Some(c) = RATE.captures(l.text) {
            rate_limit = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok());
            break;
        }
        if l.text.starts_with("We recommend") || l.text.starts_with("推荐使用") {
            break;
        }
        description.push(l.text);
    }
    // Paragraphs are separated by empty lines; the lines of one paragraph run on.
    let description = description.join("\n");
    let description: Vec<String> = description
        .split("\n\n")
        .map(prose::one_line)
        .filter(|p| !p.is_empty())
        .collect();

    // 2. Input parameters (with the common Action, Version and Region rows).
    let mut action_name = None;
    let mut version = None;
    let mut region_required = None;
    let mut input = Vec::new();
    for row in table(file, marks, section(1), marks.input_header, true)? {
        match row.name.as_str() {
            "Action" => {
                action_name = COMMON_VALUE
                    .captures(&row.description)
                    .map(|c| c[1].to_owned())
            }
            "Version" => {
                version = COMMON_VALUE
                    .captures(&row.description)
                    .map(|c| c[1].to_owned())
            }
            "Region" => {
                let optional = row.description.contains("not required")
                    || row.description.contains("不需要传递");
                region_required = Some(row.required == Some(true) && !optional);
            }
            _ => input.push(member(file, row)?),
        }
    }
    let action_name = action_name.ok_or_else(|| {
        ImportError::at(
            file,
            lines[starts[1]].no,
            "the input table has no `Action` row naming the action",
        )
    })?;

    // 3. Output parameters.
    let mut output = Vec::new();
    for row in table(file, marks, section(2), marks.output_header, false)? {
        output.push(member(file, row)?);
    }

    // 4. Examples.
    let mut unreadable = Vec::new();
    let examples = examples(file, marks, section(3), &mut notes, &mut unreadable);

    // 6. Error codes.
    let errors = error_codes(file, marks, section(5))?;

    let rules = prose::rules(&prose::flattened(&input));
    let action = ActionFacts {
        name: action_name,
        description: (!description.is_empty())
            .then(|| markup::from_text(&description.join("\n\n"))),
        rate_limit,
        region_required,
        access_level: None,
        http: None,
        input: Some(input),
        output: Some(output),
        rules,
        errors: Some(errors),
        examples: Some(examples),
        unreadable_examples: unreadable,
    };
    Ok(SourceFacts {
        file: file.to_owned(),
        origin: Origin {
            kind: SourceKind::Page,
            source: name.to_owned(),
            updated,
            package: None,
            language: marks.language.to_owned(),
        },
        vendor: Vendor::Tencent,
        service: domain
            .as_deref()
            .and_then(|d| d.split('.').next())
            .map(str::to_owned),
        version,
        title: None,
        domain,
        reach: None,
        whole: false,
        actions: vec![action],
        types: Vec::new(),
        service_errors: None,
        notes,
    })
}

/// One row of a parameter table.
struct Row {
    line: usize,
    name: String,
    required: Option<bool>,
    ty: String,
    description: String,
}

/// Read a parameter table: the header line, then rows; a line that is not a row continues
/// the description of the row above it (English cells wrap onto following lines).
fn table(
    file: &str,
    marks: &Landmarks,
    lines: &[Line<'_>],
    header: &str,
    with_required: bool,
) -> Result<Vec<Row>, ImportError> {
    let start = lines.iter().position(|l| l.text == header).ok_or_else(|| {
        let at = lines.first().map_or(1, |l| l.no.saturating_sub(1).max(1));
        ImportError::at(
            file,
            at,
            format!("expected the table header `{header}` in this section"),
        )
    })?;
    let mut rows: Vec<Row> = Vec::new();
    let zh = marks.language == "zh";
    for l in &lines[start + 1..] {
        if l.text.is_empty() {
            if let Some(last) = rows.last_mut() {
                last.description.push('\n');
            }
            continue;
        }
        if zh {
            if l.text.chars().all(|c| c == '-' || c == '|') {
                continue;
            }
            if !l.text.contains('|') {
                // The table ended (a Chinese page has one row per line).
                break;
            }
            let mut cells: Vec<&str> = l
                .text
                .trim_end_matches('|')
                .split(" | ")
                .map(str::trim)
                .collect();
            let want = if with_required { 4 } else { 3 };
            // The description is the last cell: a ` | ` inside it ("取值：Online | Offline")
            // belongs to it when the cells before it read as a row.
            let leading_ok = cells.len() > want
                && cells[0]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
                && (!with_required || cells[1] == "是" || cells[1] == "否");
            let joined;
            if leading_ok {
                joined = cells[want - 1..].join(" | ");
                cells.truncate(want - 1);
                cells.push(&joined);
            }
            if cells.len() != want {
                return Err(ImportError::at(
                    file,
                    l.no,
                    format!("cannot split this table row: expected {want} cells separated by ` | `, found {}", cells.len()),
                ));
            }
            let (required, ty, description) = if with_required {
                (Some(cells[1] == "是"), cells[2], cells[3])
            } else {
                (None, cells[1], cells[2])
            };
            rows.push(Row {
                line: l.no,
                name: cells[0].to_owned(),
                required,
                ty: ty.to_owned(),
                description: description.to_owned(),
            });
            continue;
        }
        let row = if with_required {
            EN_INPUT_ROW.captures(l.text).map(|c| Row {
                line: l.no,
                name: c[1].to_owned(),
                required: Some(&c[2] == "Yes"),
                ty: c[3].to_owned(),
                description: c[4].to_owned(),
            })
        } else {
            EN_OUTPUT_ROW.captures(l.text).map(|c| Row {
                line: l.no,
                name: c[1].to_owned(),
                required: None,
                ty: c[2].to_owned(),
                description: c[3].to_owned(),
            })
        };
        match (row, rows.last_mut()) {
            (Some(row), _) => rows.push(row),
            (None, Some(last)) => {
                last.description.push('\n');
                last.description.push_str(l.text);
            }
            (None, None) => {
                return Err(ImportError::at(
                    file,
                    l.no,
                    format!(
                        "cannot split this table row: expected `Name {}Type Description`",
                        if with_required { "Yes|No " } else { "" }
                    ),
                ))
            }
        }
    }
    Ok(rows)
}

/// A table row as member facts, its prose read.
fn member(file: &str, row: Row) -> Result<MemberFacts, ImportError> {
    let (name, dotted_list) = match row.name.strip_suffix(".N") {
        Some(n) => (n.to_owned(), true),
        None => (row.name.clone(), false),
    };
    let (item, list) = match row.ty.strip_prefix("Array of ") {
        Some(item) => (item, true),
        None => (row.ty.as_str(), dotted_list),
    };
    let (ty, format) = type_fact(item).ok_or_else(|| {
        ImportError::at(
            file,
            row.line,
            format!("member `{name}` has type `{item}`, which the spec format cannot express yet"),
        )
    })?;
    // The cell is page text: CommonMark of it means the same, its bullets items.
    let mut m = MemberFacts::new(&name, ty, list, markup::from_text(row.description.trim()));
    m.required = row.required;
    m.format = format;
    prose::apply(&mut m);
    Ok(m)
}

/// A page's type name as a spec type.
fn type_fact(name: &str) -> Option<(TypeFact, Option<codegen::spec::FormatSpec>)> {
    Some(match name {
        "String" | "string" => (TypeFact::String, None),
        "Integer" | "Int" | "integer" | "int" | "Long" => (TypeFact::Integer, None),
        "Boolean" | "Bool" | "boolean" | "bool" => (TypeFact::Boolean, None),
        "Timestamp ISO8601" => (TypeFact::String, Some(codegen::spec::FormatSpec::DateTime)),
        "Timestamp" | "Date" => (TypeFact::String, None),
        "Float" | "float" => (TypeFact::Number, Some(codegen::spec::FormatSpec::Float)),
        "Double" | "double" => (TypeFact::Number, Some(codegen::spec::FormatSpec::Double)),
        "Binary" | "binary" => (TypeFact::String, Some(codegen::spec::FormatSpec::Binary)),
        other if other.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => {
            (TypeFact::Object(other.to_owned()), None)
        }
        _ => return None,
    })
}

/// Read the examples: a heading `Example1 Title`, an optional description, the HTTP request
/// with its JSON body, and the JSON response. An example whose JSON does not parse is
/// reported with its place and left out; the rest of the page stays.
fn examples(
    file: &str,
    marks: &Landmarks,
    lines: &[Line<'_>],
    notes: &mut Vec<String>,
    unreadable: &mut Vec<String>,
) -> Vec<ExampleSpec> {
    let heading = Regex::new(&format!(r"^{}\s*(\d+)\s*(.*)$", marks.example)).expect("valid");
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| heading.is_match(lines[i].text))
        .collect();
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let block = &lines[s + 1..end];
        let title = heading
            .captures(lines[s].text)
            .map(|c| c[2].trim().to_owned())
            .unwrap_or_default();
        let input_at = block.iter().position(|l| l.text == marks.input_example);
        let output_at = block.iter().position(|l| l.text == marks.output_example);
        let Some(output_at) = output_at else {
            notes.push(format!(
                "{file}:{}: example `{title}` has no `{}`; left out",
                lines[s].no, marks.output_example
            ));
            unreadable.push(title);
            continue;
        };
        let description_end = input_at.unwrap_or(output_at);
        let description = block[..description_end]
            .iter()
            .map(|l| l.text)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let request = match input_at {
            Some(i) => match json_block(file, &block[i + 1..output_at], marks, notes) {
                Ok(v) => v,
                Err(e) => {
                    notes.push(format!("{e}; example `{title}` left out"));
                    unreadable.push(title);
                    continue;
                }
            },
            None => None,
        };
        let response = match json_block(file, &block[output_at + 1..], marks, notes) {
            Ok(Some(v)) => v,
            Ok(None) => {
                notes.push(format!(
                    "{file}:{}: example `{title}` has no response JSON; left out",
                    block[output_at].no
                ));
                unreadable.push(title);
                continue;
            }
            Err(e) => {
                notes.push(format!("{e}; example `{title}` left out"));
                unreadable.push(title);
                continue;
            }
        };
        out.push(ExampleSpec {
            title_en: None,
            title_zh: None,
            description_en: None,
            description_zh: None,
            title,
            description: markup::from_text(&description),
            request,
            response,
            repairs: Vec::new(),
        });
    }
    out
}

/// The JSON in a block of lines (after the HTTP request line and headers), parsed in order;
/// commas lost at line ends are put back and noted (see `metadata::parse_repairing`).
fn json_block(
    file: &str,
    lines: &[Line<'_>],
    marks: &Landmarks,
    notes: &mut Vec<String>,
) -> Result<Option<Value>, ImportError> {
    let Some(first) = lines
        .iter()
        .position(|l| l.text.starts_with('{') || l.text.starts_with('['))
    else {
        return Ok(None);
    };
    let body: Vec<&Line<'_>> = lines[first..]
        .iter()
        .filter(|l| l.text != marks.common_params)
        .collect();
    let text = body.iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
    let what = format!("{file}:{}: the example JSON", lines[first].no);
    crate::metadata::parse_repairing(&text, &what, notes)
        .map(Some)
        .map_err(|e| {
            let line = body
                .get(e.line().saturating_sub(1))
                .map_or(lines[first].no, |l| l.no);
            ImportError::at(
                file,
                line,
                format!("invalid JSON in an example (column {}): {e}", e.column()),
            )
        })
}

/// The error code table.
fn error_codes(
    file: &str,
    marks: &Landmarks,
    lines: &[Line<'_>],
) -> Result<Vec<ErrorSpec>, ImportError> {
    let Some(start) = lines.iter().position(|l| l.text == marks.error_header) else {
        // Some pages list no action-specific code: the section says so without a table.
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for l in &lines[start + 1..] {
        if l.text.is_empty() {
            continue;
        }
        if FOOTERS.iter().any(|f| l.text.starts_with(f)) {
            break;
        }
        if marks.language == "zh" {
            if l.text.chars().all(|c| c == '-' || c == '|') {
                continue;
            }
            if !l.text.contains('|') {
                break;
            }
            let cells: Vec<&str> = l
                .text
                .trim_end_matches('|')
                .split(" | ")
                .map(str::trim)
                .collect();
            if cells.len() != 2 {
                return Err(ImportError::at(file, l.no, format!("cannot split this error-code row: expected 2 cells separated by ` | `, found {}", cells.len())));
            }
            out.push(ErrorSpec {
                description_en: None,
                description_zh: None,
                code: cells[0].to_owned(),
                description: markup::from_text(cells[1]),
            });
        } else {
            match EN_ERROR_ROW.captures(l.text) {
                Some(c) => out.push(ErrorSpec {
                    description_en: None,
                    description_zh: None,
                    code: c[1].to_owned(),
                    description: markup::from_text(&c[2]),
                }),
                None => break,
            }
        }
    }
    Ok(out)
}
