//! Alibaba Cloud API pages captured as text (the Chinese API reference). Their tables come
//! out one cell per line, each cell closed by `|`, a cell spanning lines when it held a list,
//! and some cells lost (the value lists). The response table nests objects by indentation
//! the capture drops, so members are placed into the innermost open object unless the spec
//! already knows the member belongs further out (`Placement`).

use codegen::spec::ExampleSpec;
use serde_json::Value;

use crate::error::ImportError;
use crate::facts::{
    ActionFacts, MemberFacts, Origin, SourceFacts, SourceKind, TypeFact, TypeFacts, Vendor,
};
use crate::markup;
use crate::prose;

/// What the spec knows about object members, to place rows whose nesting the capture lost.
pub trait Placement {
    /// Whether the object type `ty` (the action's response for `None`) is known to have
    /// member `member`; `None` when the spec does not know the type.
    fn has_member(&self, ty: Option<&str>, member: &str) -> Option<bool>;
}

const REQUEST: &str = "请求参数";
const RESPONSE: &str = "返回参数";
const EXAMPLES: &str = "示例";
const NORMAL_EXAMPLE: &str = "正常返回示例";
const ERRORS: &str = "错误码";
const AUTH: &str = "授权信息";

/// Whether this front end reads the text.
pub fn detect(text: &str) -> bool {
    let has = |m: &str| text.lines().any(|l| l.trim() == m);
    has(REQUEST) && has(RESPONSE) && has(AUTH)
}

/// A table cell and the line that closed it.
#[derive(Debug, Clone)]
struct Cell {
    line: usize,
    text: String,
}

/// Split lines into cells: every `|` closes a cell; text after the last `|` of a line, or a
/// line without one, continues the open cell.
fn cells(lines: &[(usize, &str)]) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut open = String::new();
    for &(no, line) in lines {
        let parts: Vec<&str> = line.split('|').collect();
        for (i, part) in parts.iter().enumerate() {
            let part = part.trim();
            if i + 1 == parts.len() {
                if !part.is_empty() {
                    if !open.is_empty() {
                        open.push('\n');
                    }
                    open.push_str(part);
                }
            } else {
                if !part.is_empty() {
                    if !open.is_empty() {
                        open.push('\n');
                    }
                    open.push_str(part);
                }
                out.push(Cell {
                    line: no,
                    text: std::mem::take(&mut open),
                });
            }
        }
    }
    out
}

/// Read an Alibaba page. `service`/`version` are not on the page; the caller supplies them.
pub fn read(
    file: &str,
    name: &str,
    text: &str,
    placement: &dyn Placement,
) -> Result<SourceFacts, ImportError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .collect();
    let find = |marker: &str, from: usize| {
        lines[from..]
            .iter()
            .position(|l| l.1 == marker)
            .map(|p| p + from)
    };
    let auth = find(AUTH, 0)
        .ok_or_else(|| ImportError::file(file, format!("expected a `{AUTH}` section")))?;
    let request = find(REQUEST, auth).ok_or_else(|| {
        ImportError::at(
            file,
            lines[auth].0,
            format!("expected a `{REQUEST}` section after this line"),
        )
    })?;
    let response = find(RESPONSE, request).ok_or_else(|| {
        ImportError::at(
            file,
            lines[request].0,
            format!("expected a `{RESPONSE}` section after this line: the page is truncated"),
        )
    })?;
    let examples_at = find(EXAMPLES, response).ok_or_else(|| {
        ImportError::at(
            file,
            lines[response].0,
            format!("expected a `{EXAMPLES}` section after this line: the page is truncated"),
        )
    })?;
    let errors_at = find(ERRORS, examples_at).unwrap_or(lines.len());

    // Description: the lines before the debugging / authorisation blocks.
    let description: Vec<&str> = lines[..auth]
        .iter()
        .map(|l| l.1)
        .take_while(|l| *l != "调试")
        .filter(|l| !l.is_empty())
        .collect();

    // Authorisation table: the action (`eflo:DescribeInvocations`) and its access level.
    let auth_cells = cells(&lines[auth + 1..request]);
    let header = ["操作", "访问级别", "资源类型", "条件关键字", "关联操作"];
    let row = expect_header(file, &auth_cells, &header, lines[auth].0)?;
    let (action_cell, level) = (row.first(), row.get(1));
    let action_cell = action_cell.ok_or_else(|| {
        ImportError::at(file, lines[auth].0, "the authorisation table has no row")
    })?;
    let (_product, action_name) = action_cell.text.split_once(':').ok_or_else(|| {
        ImportError::at(
            file,
            action_cell.line,
            format!(
                "expected `product:Action` in the authorisation table, found `{}`",
                action_cell.text
            ),
        )
    })?;

    // Request members.
    let req_cells = cells(&lines[request + 1..response]);
    let rows = expect_header(
        file,
        &req_cells,
        &["名称", "类型", "必填", "描述", "示例值"],
        lines[request].0,
    )?;
    let mut input = Vec::new();
    for r in rows.chunks(5) {
        if r.len() < 5 {
            return Err(ImportError::at(
                file,
                r[0].line,
                "cannot split the request table: a row has fewer than 5 cells",
            ));
        }
        let mut m = member(file, &r[0], &r[1], &r[3])?;
        m.required = Some(r[2].text == "是");
        if let Some(v) = prose::typed_value(&m.ty, m.list, &r[4].text) {
            m.example = Some(v);
        }
        input.push(m);
    }

    // Response members, nested.
    let resp_cells = cells(&lines[response + 1..examples_at]);
    let rows = expect_header(
        file,
        &resp_cells,
        &["名称", "类型", "描述", "示例值"],
        lines[response].0,
    )?;
    let mut output = Vec::new();
    let mut types: Vec<TypeFacts> = Vec::new();
    // Open objects: the type name of each; the bottom is the action's response.
    let mut open: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        // An anonymous object row (the root, or the item of an array of objects) is its type
        // followed by three empty cells: the capture dropped its empty name cell.
        if rows[i].text == "object" && rows[i + 1..].iter().take(3).all(|c| c.text.is_empty()) {
            i += 4;
            continue;
        }
        let r = &rows[i..(i + 4).min(rows.len())];
        if r.len() < 4 {
            return Err(ImportError::at(
                file,
                r[0].line,
                "cannot split the response table: a row has fewer than 4 cells",
            ));
        }
        i += 4;
        let mut m = member(file, &r[0], &r[1], &r[2])?;
        if let Some(v) = prose::typed_value(&m.ty, m.list, &r[3].text) {
            m.example = Some(v);
        }
        // Close objects the spec says this member does not belong to, when an outer one
        // (or the response itself) is known to have it.
        while let Some(top) = open.last() {
            let outer_has = open[..open.len() - 1]
                .iter()
                .any(|t| placement.has_member(Some(t), &m.name) == Some(true))
                || placement.has_member(None, &m.name) == Some(true);
            if placement.has_member(Some(top), &m.name) == Some(false) && outer_has {
                open.pop();
            } else {
                break;
            }
        }
        let opens = match &m.ty {
            TypeFact::Object(t) => Some(t.clone()),
            _ => None,
        };
        match open.last() {
            None => output.push(m),
            Some(top) => {
                let ty = types
                    .iter_mut()
                    .find(|t| &t.name == top)
                    .expect("open types are recorded");
                ty.members.push(m);
            }
        }
        if let Some(t) = opens {
            if !types.iter().any(|x| x.name == t) {
                types.push(TypeFacts {
                    name: t.clone(),
                    source: None,
                    description: None,
                    members: Vec::new(),
                });
            }
            open.push(t);
        }
    }

    // The normal-answer example.
    let mut notes = Vec::new();
    let mut unreadable = Vec::new();
    let mut examples = Vec::new();
    if let Some(at) = lines[examples_at..errors_at]
        .iter()
        .position(|l| l.1 == NORMAL_EXAMPLE)
    {
        let at = at + examples_at;
        let body: Vec<&(usize, &str)> = lines[at + 1..errors_at]
            .iter()
            .skip_while(|l| !l.1.starts_with('{'))
            .collect();
        let text = body.iter().map(|l| l.1).collect::<Vec<_>>().join("\n");
        match serde_json::from_str::<Value>(&text) {
            Ok(v) => examples.push(ExampleSpec {
                title_en: None,
                title_zh: None,
                description_en: None,
                description_zh: None,
                title: NORMAL_EXAMPLE.to_owned(),
                description: String::new(),
                request: None,
                response: v,
                repairs: Vec::new(),
            }),
            Err(e) => {
                let line = body
                    .get(e.line().saturating_sub(1))
                    .map_or(lines[at].0, |l| l.0);
                notes.push(format!("{file}:{line}: invalid JSON in an example (column {}): {e}; example `{NORMAL_EXAMPLE}` left out", e.column()));
                unreadable.push(NORMAL_EXAMPLE.to_owned());
            }
        }
    }
    let rules = prose::rules(&prose::flattened(&input));
    Ok(SourceFacts {
        file: file.to_owned(),
        origin: Origin {
            kind: SourceKind::Page,
            source: name.to_owned(),
            updated: None,
            package: None,
            language: "zh".to_owned(),
        },
        vendor: Vendor::Alibaba,
        service: None,
        version: None,
        title: None,
        domain: None,
        reach: None,
        whole: false,
        actions: vec![ActionFacts {
            name: action_name.trim().to_owned(),
            description: (!description.is_empty())
                .then(|| markup::from_text(&description.join("\n\n"))),
            rate_limit: None,
            region_required: None,
            access_level: level.map(|l| l.text.clone()).filter(|l| !l.is_empty()),
            http: None,
            input: Some(input),
            output: Some(output),
            rules,
            // The page links to an error centre instead of listing codes.
            errors: None,
            examples: Some(examples),
            unreadable_examples: unreadable,
        }],
        types,
        service_errors: None,
        notes,
    })
}

/// Check a table's header cells and return the cells after them.
fn expect_header<'a>(
    file: &str,
    cells: &'a [Cell],
    header: &[&str],
    line: usize,
) -> Result<&'a [Cell], ImportError> {
    let found: Vec<&str> = cells
        .iter()
        .take(header.len())
        .map(|c| c.text.as_str())
        .collect();
    if found != header {
        return Err(ImportError::at(
            file,
            cells.first().map_or(line, |c| c.line),
            format!(
                "expected the table header `{}`, found `{}`",
                header.join(" | "),
                found.join(" | ")
            ),
        ));
    }
    Ok(&cells[header.len()..])
}

/// A row as member facts.
fn member(
    file: &str,
    name: &Cell,
    ty: &Cell,
    description: &Cell,
) -> Result<MemberFacts, ImportError> {
    let (fact, list) = match ty.text.as_str() {
        "string" => (TypeFact::String, false),
        "integer" | "long" => (TypeFact::Integer, false),
        "boolean" => (TypeFact::Boolean, false),
        "object" => (TypeFact::Object(name.text.clone()), false),
        "array<object>" => (TypeFact::Object(name.text.clone()), true),
        "array<string>" => (TypeFact::String, true),
        "array<integer>" | "array<long>" => (TypeFact::Integer, true),
        "number" | "float" | "double" => (TypeFact::Number, false),
        "array<number>" | "array<float>" | "array<double>" => (TypeFact::Number, true),
        other => {
            return Err(ImportError::at(
                file,
                ty.line,
                format!(
                    "member `{}` has type `{other}`, which the spec format cannot express yet",
                    name.text
                ),
            ))
        }
    };
    // The cell is page text: CommonMark of it means the same.
    let mut m = MemberFacts::new(&name.text, fact, list, markup::from_text(&description.text));
    prose::apply(&mut m);
    Ok(m)
}
