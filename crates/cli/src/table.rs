//! `--output table`: an answer laid out for people.
//!
//! - An answer with exactly one list of objects (at the top, or inside a one-member wrapper
//!   object as Alibaba writes lists: `Invocations.Invocation[]`) becomes its scalar members as
//!   `key  value` rows, then the list as a table: one row per item, one column per scalar
//!   member (in first-seen order). Nested members of the items are named under the table, not
//!   shown: `--output json` or `--query` reach them.
//! - A list of objects (a `--query` result) is a table on its own.
//! - Anything else becomes `path  value` rows, one per scalar leaf.

use std::fmt::Write;

use serde_json::{Map, Value};

/// Lay `value` out as text ending in a newline.
pub fn render(value: &Value) -> String {
    match value {
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            table(items)
        }
        Value::Object(object) => match main_list(object) {
            Some((path, items)) => {
                let mut rows = Vec::new();
                for (key, member) in object {
                    if is_scalar(member) {
                        rows.push((key.clone(), cell(member)));
                    }
                }
                let mut out = key_values(&rows);
                if !out.is_empty() {
                    out.push('\n');
                }
                let plural = if items.len() == 1 { "" } else { "s" };
                let _ = writeln!(out, "{path} ({} item{plural})", items.len());
                out.push_str(&table(items));
                out
            }
            None => {
                let mut rows = Vec::new();
                leaves(value, String::new(), &mut rows);
                key_values(&rows)
            }
        },
        other => {
            let mut rows = Vec::new();
            leaves(other, String::new(), &mut rows);
            key_values(&rows)
        }
    }
}

/// The answer's one list of objects, with its path; `None` when there are none or several.
fn main_list(object: &Map<String, Value>) -> Option<(String, &[Value])> {
    let mut found = Vec::new();
    for (key, value) in object {
        match value {
            Value::Array(items) if items.iter().all(Value::is_object) => {
                found.push((key.clone(), items.as_slice()));
            }
            Value::Object(inner) if inner.len() == 1 => {
                if let Some((name, Value::Array(items))) = inner.iter().next() {
                    if items.iter().all(Value::is_object) {
                        found.push((format!("{key}.{name}"), items.as_slice()));
                    }
                }
            }
            _ => {}
        }
    }
    if found.len() == 1 {
        found.pop()
    } else {
        None
    }
}

fn table(items: &[Value]) -> String {
    let mut columns: Vec<&str> = Vec::new();
    let mut nested: Vec<&str> = Vec::new();
    for item in items.iter().filter_map(Value::as_object) {
        for (key, value) in item {
            let list = if is_scalar(value) {
                &mut columns
            } else {
                &mut nested
            };
            if !list.contains(&key.as_str()) {
                list.push(key);
            }
        }
    }
    nested.retain(|k| !columns.contains(k));
    let rows: Vec<Vec<String>> = items
        .iter()
        .filter_map(Value::as_object)
        .map(|item| {
            columns
                .iter()
                .map(|c| {
                    item.get(*c)
                        .filter(|v| is_scalar(v))
                        .map_or_else(|| "-".to_owned(), cell)
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| width(c)).collect();
    for row in &rows {
        for (w, value) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(value));
        }
    }
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
    line(&mut out, &header, &widths);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&mut out, &rule, &widths);
    for row in &rows {
        line(&mut out, row, &widths);
    }
    if !nested.is_empty() {
        let _ = writeln!(
            out,
            "(not shown: {}; use --output json or --query)",
            nested.join(", ")
        );
    }
    out
}

fn line(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut text = String::new();
    for (i, (value, w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            text.push_str("  ");
        }
        text.push_str(value);
        text.extend(std::iter::repeat_n(' ', w.saturating_sub(width(value))));
    }
    out.push_str(text.trim_end());
    out.push('\n');
}

fn key_values(rows: &[(String, String)]) -> String {
    let key_width = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value) in rows {
        let pad = key_width - width(key);
        let text = format!("{key}{}  {value}", " ".repeat(pad));
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// Every scalar leaf of `value` with its path (`Invocations.Invocation[0].InvokeId`).
pub fn leaves(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                leaves(child, child_path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{path}[{i}]"), out);
            }
        }
        scalar => out.push((path, cell(scalar))),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// A scalar as one cell: strings unquoted, control characters escaped so a row stays a row.
pub fn cell(value: &Value) -> String {
    match value {
        Value::String(s) => s
            .escape_debug()
            .to_string()
            .replace("\\\"", "\"")
            .replace("\\'", "'"),
        Value::Null => "-".to_owned(),
        other => other.to_string(),
    }
}

fn width(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_list_becomes_a_table() {
        let value = json!({"TotalCount": 2, "Set": [
            {"Id": "a", "N": 1, "Sub": []},
            {"Id": "bbb", "N": null}
        ], "RequestId": "r"});
        assert_eq!(
            render(&value),
            "TotalCount  2\nRequestId   r\n\nSet (2 items)\nId   N\n---  -\na    1\nbbb  -\n\
             (not shown: Sub; use --output json or --query)\n"
        );
    }

    #[test]
    fn other_shapes_become_paths() {
        let value = json!({"A": {"B": [1, "x\ny"]}});
        assert_eq!(render(&value), "A.B[0]  1\nA.B[1]  x\\ny\n");
    }
}
