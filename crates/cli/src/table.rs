//! `--output table`: an answer laid out for people, fitting the terminal.
//!
//! - An answer with exactly one list of objects (at the top, or inside a one-member wrapper
//!   object as Alibaba writes lists: `Invocations.Invocation[]`) becomes its scalar members as
//!   `key  value` rows, then the list: one row per item, one column per scalar member (in
//!   first-seen order). Nested members of the items are named under the table, not shown:
//!   `--output json` or `--query` reach them.
//! - A list of objects (a `--query` result) is a table on its own.
//! - Anything else becomes `path  value` rows, one per scalar leaf.
//!
//! Layout is comfy-table's: cells are measured by display width (a CJK character takes two
//! columns), long cells wrap within the width and rows taller than [`MAX_ROW_LINES`] are cut
//! with a `...` marker. A list whose columns cannot each get [`MIN_COLUMN`] columns of the
//! width (DescribeInvocationTasks has eleven) is shown one item at a time as `key  value`
//! rows instead, since a table of four-character columns cannot be read.

use std::fmt::Write;
use std::io::IsTerminal;

use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Row, Table};
use serde_json::{Map, Value};

/// Width used when the output is not a terminal and `COLUMNS` is not set: the classic
/// terminal width, so piped and logged tables look as they do in a default terminal.
pub const DEFAULT_WIDTH: u16 = 80;

/// Narrowest width honoured; below it nothing is readable anyway.
const MIN_WIDTH: u16 = 20;

/// Narrowest column a list table may give a member before items are shown one at a time.
const MIN_COLUMN: u16 = 10;

/// Most lines one row may take; the rest of the cell is cut with [`TRUNCATION_MARKER`]
/// (a 24 KB base64 output would otherwise fill the screen).
const MAX_ROW_LINES: usize = 6;

/// Marks a cut cell. ASCII, because `…` is two columns wide in some CJK terminals.
const TRUNCATION_MARKER: &str = "...";

/// The width to lay tables out in: `COLUMNS` when it holds a positive number (the shell's
/// convention, and the way to ask for a width when piping), else the terminal's width when
/// stdout is one, else [`DEFAULT_WIDTH`].
pub fn output_width() -> u16 {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u32>().ok())
        .filter(|c| *c > 0)
        .map(|c| u16::try_from(c).unwrap_or(u16::MAX));
    let from_terminal = || {
        let stdout = std::io::stdout();
        if !stdout.is_terminal() {
            return None;
        }
        terminal_size::terminal_size_of(&stdout).map(|(w, _)| w.0)
    };
    from_env
        .or_else(from_terminal)
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// Lay `value` out in `width` columns, as text ending in a newline.
pub fn render(value: &Value, width: u16) -> String {
    let width = width.max(MIN_WIDTH);
    match value {
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            list("", items, width)
        }
        Value::Object(object) => match main_list(object) {
            Some((path, items)) => {
                let rows: Vec<(String, String)> = object
                    .iter()
                    .filter(|(_, member)| is_scalar(member))
                    .map(|(key, member)| (key.clone(), cell(member)))
                    .collect();
                let mut out = key_values(&rows, width);
                if !out.is_empty() {
                    out.push('\n');
                }
                let plural = if items.len() == 1 { "" } else { "s" };
                let _ = writeln!(out, "{path} ({} item{plural})", items.len());
                out.push_str(&list(&path, items, width));
                out
            }
            None => paths(value, width),
        },
        other => paths(other, width),
    }
}

fn paths(value: &Value, width: u16) -> String {
    let mut rows = Vec::new();
    leaves(value, String::new(), &mut rows);
    key_values(&rows, width)
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

/// A list of objects: a table when its columns fit, else one `key  value` block per item.
fn list(path: &str, items: &[Value], width: u16) -> String {
    let mut columns: Vec<&str> = Vec::new();
    let mut nested: Vec<&str> = Vec::new();
    for item in items.iter().filter_map(Value::as_object) {
        for (key, value) in item {
            let names = if is_scalar(value) {
                &mut columns
            } else {
                &mut nested
            };
            if !names.contains(&key.as_str()) {
                names.push(key);
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
    let mut out = if let Some(table) = columns_table(&columns, &rows, width) {
        table
    } else {
        let mut out = String::new();
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(out, "{path}[{i}]");
            let pairs: Vec<(String, String)> = columns
                .iter()
                .zip(row)
                .map(|(c, v)| ((*c).to_owned(), v.clone()))
                .collect();
            out.push_str(&key_values(&pairs, width));
        }
        out
    };
    if !nested.is_empty() {
        out.push_str(&paragraph(
            &format!(
                "(not shown: {}; use --output json or --query)",
                nested.join(", ")
            ),
            width,
        ));
    }
    out
}

/// `text` wrapped at word boundaries to `width`.
fn paragraph(text: &str, width: u16) -> String {
    let mut table = new_table(width);
    table.load_preset(presets::NOTHING);
    table.add_row(vec![text]);
    if let Some(column) = table.column_mut(0) {
        column.set_padding((0, 0));
    }
    lines(&table)
}

/// Columns a cell may have before it is a candidate for wrapping: ids, statuses and
/// timestamps (25 columns with an offset) read best whole.
const SHORT_COLUMN: u16 = 25;

/// How a list fits `width` as a table, if it does.
enum Fit {
    /// Every column at its natural width.
    Whole,
    /// Short columns whole, long ones wrapped: `true` for each column kept whole.
    Wrapped(Vec<bool>),
    /// Not readable as columns.
    No,
}

/// One border column, and padding plus a separator per column.
fn overhead(columns: usize) -> usize {
    1 + 3 * columns
}

fn fit(widths: &[u16], width: u16) -> Fit {
    let width = usize::from(width);
    let natural: usize = widths.iter().map(|w| usize::from(*w)).sum();
    if natural + overhead(widths.len()) <= width {
        return Fit::Whole;
    }
    let whole: Vec<bool> = widths.iter().map(|w| *w <= SHORT_COLUMN).collect();
    let least: usize = widths
        .iter()
        .zip(&whole)
        .map(|(w, keep)| usize::from(if *keep { *w } else { MIN_COLUMN }))
        .sum();
    if least + overhead(widths.len()) <= width {
        return Fit::Wrapped(whole);
    }
    let least: usize = widths
        .iter()
        .map(|w| usize::from((*w).min(MIN_COLUMN)))
        .sum();
    if least + overhead(widths.len()) <= width {
        Fit::Wrapped(vec![false; widths.len()])
    } else {
        Fit::No
    }
}

/// The list as a table, or `None` when its columns do not fit `width` readably.
fn columns_table(columns: &[&str], rows: &[Vec<String>], width: u16) -> Option<String> {
    let mut table = new_table(width);
    table.set_header(columns.to_vec());
    for row in rows {
        let mut row = Row::from(row.clone());
        row.max_height(MAX_ROW_LINES);
        table.add_row(row);
    }
    match fit(&table.column_max_content_widths(), width) {
        Fit::No => return None,
        // Rows need a line between them once a cell may take several lines.
        Fit::Whole => table.load_preset(presets::ASCII_FULL_CONDENSED),
        Fit::Wrapped(whole) => {
            for (column, keep) in table.column_iter_mut().zip(whole) {
                if keep {
                    column.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
            table.load_preset(presets::ASCII_FULL)
        }
    };
    Some(lines(&table))
}

/// `key  value` rows, keys aligned, values wrapped in the rest of the width.
fn key_values(rows: &[(String, String)], width: u16) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let mut table = new_table(width);
    table.load_preset(presets::NOTHING);
    for (key, value) in rows {
        let mut row = Row::from(vec![Cell::new(key), Cell::new(value)]);
        row.max_height(MAX_ROW_LINES);
        table.add_row(row);
    }
    // Keys are never wrapped: they are what the eye scans down.
    if let Some(keys) = table.column_mut(0) {
        keys.set_padding((0, 1));
        keys.set_constraint(ColumnConstraint::ContentWidth);
    }
    if let Some(values) = table.column_mut(1) {
        values.set_padding((1, 0));
    }
    lines(&table)
}

fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_truncation_indicator(TRUNCATION_MARKER);
    table
}

/// The table's lines without trailing blanks, ending in a newline.
fn lines(table: &Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Display width of a line, the way a terminal counts it.
    fn display_width(line: &str) -> usize {
        line.chars()
            .map(|c| match c {
                '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' => 2,
                '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff60}' => 2,
                _ => 1,
            })
            .sum()
    }

    #[test]
    fn one_list_becomes_a_table() {
        let value = json!({"TotalCount": 2, "Set": [
            {"Id": "a", "N": 1, "Sub": []},
            {"Id": "bbb", "N": null}
        ], "RequestId": "r"});
        assert_eq!(
            render(&value, 80),
            "TotalCount  2\nRequestId   r\n\nSet (2 items)\n\
             +-----+---+\n| Id  | N |\n+=========+\n| a   | 1 |\n| bbb | - |\n+-----+---+\n\
             (not shown: Sub; use --output json or --query)\n"
        );
    }

    #[test]
    fn other_shapes_become_paths() {
        let value = json!({"A": {"B": [1, "x\ny"]}});
        assert_eq!(render(&value, 80), "A.B[0]  1\nA.B[1]  x\\ny\n");
    }

    #[test]
    fn cjk_cells_are_measured_by_display_width_and_stay_aligned() {
        let value = json!([
            {"Name": "命令执行超时", "Status": "FAILED"},
            {"Name": "ok", "Status": "成功"}
        ]);
        let out = render(&value, 80);
        let widths: Vec<usize> = out.lines().map(display_width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}\n{widths:?}");
        assert!(out.contains("| 命令执行超时 | FAILED |"), "{out}");
    }

    #[test]
    fn long_cells_wrap_within_the_width_and_tall_rows_are_cut() {
        let long = "执行失败 ".repeat(40);
        let value = json!({"RequestId": "r", "ErrorInfo": long, "Output": "x".repeat(2000)});
        let out = render(&value, 40);
        assert!(out.lines().all(|l| display_width(l) <= 40), "{out}");
        assert!(out.contains(TRUNCATION_MARKER), "{out}");
        assert!(out.lines().count() <= 1 + 2 * MAX_ROW_LINES, "{out}");
    }

    #[test]
    fn lists_too_wide_for_columns_show_one_item_at_a_time() {
        let item: Map<String, Value> = (0..12)
            .map(|i| (format!("Member{i:02}"), json!(format!("value-{i:02}-long"))))
            .collect();
        let value = json!({"Set": [item.clone(), item]});
        let out = render(&value, 80);
        assert!(out.contains("Set[0]\nMember00  value-00-long\n"), "{out}");
        assert!(out.contains("\nSet[1]\n"), "{out}");
        assert!(out.lines().all(|l| display_width(l) <= 80), "{out}");
    }
}
