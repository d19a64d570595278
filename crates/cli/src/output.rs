//! Printing an answer: `--query` (JMESPath) first, then `--output json|table|text`.
//!
//! - json (default): the object the service returned (Tencent: the content of `Response`;
//!   Alibaba: the body), pretty-printed, keys in the order the service sent them. A `--query`
//!   result lists object keys sorted: the JMESPath engine keeps objects as sorted maps.
//! - table: see [`crate::table`].
//! - text, for scripts: a scalar prints bare; a list of scalars one per line; a list of lists
//!   of scalars one tab-separated row per inner list; anything else `path<TAB>value` per leaf.

use clap::ArgMatches;
use serde_json::Value;

use crate::commands::ids;
use crate::exit::Failure;
use crate::table;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The answer as JSON.
    Json,
    /// Aligned columns for people.
    Table,
    /// Tab-separated lines for scripts.
    Text,
}

/// How to print answers, from the global flags.
pub struct Printer {
    format: Format,
    query: Option<jmespath::Expression<'static>>,
}

impl Printer {
    /// Read `--output` and compile `--query`; a bad expression is a usage error, found before
    /// anything is sent.
    pub fn from_matches(matches: &ArgMatches) -> Result<Self, Failure> {
        let format = match matches.get_one::<String>(ids::OUTPUT).map(String::as_str) {
            Some("table") => Format::Table,
            Some("text") => Format::Text,
            _ => Format::Json,
        };
        let query =
            match matches.get_one::<String>(ids::QUERY) {
                Some(expr) => Some(jmespath::compile(expr).map_err(|e| {
                    Failure::usage(format!("--query: {}", one_line(&e.to_string())))
                })?),
                None => None,
            };
        Ok(Printer { format, query })
    }

    /// The text to print for `value`, ending in a newline.
    pub fn render(&self, value: &Value) -> Result<String, Failure> {
        let queried;
        let value = match &self.query {
            Some(expr) => {
                let result = expr.search(value).map_err(|e| {
                    Failure::usage(format!("--query: {}", one_line(&e.to_string())))
                })?;
                queried = serde_json::to_value(&*result)
                    .map_err(|e| Failure::usage(format!("--query: {e}")))?;
                &queried
            }
            None => value,
        };
        Ok(match self.format {
            Format::Json => json(value),
            Format::Table => table::render(value),
            Format::Text => text(value),
        })
    }
}

/// Pretty JSON ending in a newline.
pub fn json(value: &Value) -> String {
    let mut out = serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string());
    out.push('\n');
    out
}

fn text(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Array(items) if items.iter().all(is_scalar) => {
            for item in items {
                out.push_str(&table::cell(item));
                out.push('\n');
            }
        }
        Value::Array(rows)
            if rows
                .iter()
                .all(|r| r.as_array().is_some_and(|r| r.iter().all(is_scalar))) =>
        {
            for row in rows.iter().filter_map(Value::as_array) {
                let cells: Vec<String> = row.iter().map(table::cell).collect();
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
        }
        Value::Array(_) | Value::Object(_) => {
            let mut rows = Vec::new();
            table::leaves(value, String::new(), &mut rows);
            for (path, cell) in rows {
                out.push_str(&path);
                out.push('\t');
                out.push_str(&cell);
                out.push('\n');
            }
        }
        scalar => {
            out.push_str(&table::cell(scalar));
            out.push('\n');
        }
    }
    out
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_shapes() {
        assert_eq!(text(&json!(["a", "b"])), "a\nb\n");
        assert_eq!(text(&json!([["a", 1], ["b", 2]])), "a\t1\nb\t2\n");
        assert_eq!(text(&json!({"A": {"B": 1}})), "A.B\t1\n");
        assert_eq!(text(&json!("x")), "x\n");
    }
}
