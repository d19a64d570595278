//! Printing an answer: `--query` (JMESPath) first, then `--output json|table|text`.
//!
//! - json (default): the object the service returned (Tencent: the content of `Response`;
//!   Alibaba: the body), pretty-printed, keys in the order the service sent them. The JMESPath
//!   engine (the `jmespath` crate, 0.5, the latest) keeps objects as sorted maps and has no
//!   feature to preserve order, so a `--query` result gets the service's order back here:
//!   keys are put in the order they first appear in the answer ([`service_order`]); keys the
//!   answer does not have (names chosen in a multi-select hash, `{Id: InvocationId}`) follow,
//!   sorted, since the engine has already lost the order they were written in.
//! - table: see [`crate::table`].
//! - text, for scripts: a scalar prints bare; a list of scalars one per line; a list of lists
//!   of scalars one tab-separated row per inner list; anything else `path<TAB>value` per leaf.

use std::collections::HashMap;
use std::io::Write;

use clap::ArgMatches;
use serde_json::{Map, Value};

use crate::exit::Failure;
use crate::flags::ids;
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

    /// The format chosen with `--output` (JSON when none was).
    pub fn format(&self) -> Format {
        self.format
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
                    .map_err(|e| Failure::usage(format!("--query: {e}")))
                    .map(|result| service_order(value, result))?;
                &queried
            }
            None => value,
        };
        Ok(match self.format {
            Format::Json => json(value),
            Format::Table => table::render(value, table::output_width()),
            Format::Text => text(value),
        })
    }
}

/// `result` (from a query over `answer`) with every object's keys in the order they first
/// appear in `answer`; keys not in `answer` follow in the order they came (sorted).
fn service_order(answer: &Value, result: Value) -> Value {
    fn rank<'a>(value: &'a Value, ranks: &mut HashMap<&'a str, usize>) {
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    let next = ranks.len();
                    ranks.entry(key.as_str()).or_insert(next);
                    rank(child, ranks);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| rank(item, ranks)),
            _ => {}
        }
    }
    fn reorder(value: Value, ranks: &HashMap<&str, usize>) -> Value {
        match value {
            Value::Object(object) => {
                let mut entries: Vec<(String, Value)> = object
                    .into_iter()
                    .map(|(k, v)| (k, reorder(v, ranks)))
                    .collect();
                // A stable sort keeps unranked keys in the engine's (sorted) order.
                entries.sort_by_key(|(k, _)| ranks.get(k.as_str()).copied().unwrap_or(usize::MAX));
                Value::Object(entries.into_iter().collect::<Map<String, Value>>())
            }
            Value::Array(items) => {
                Value::Array(items.into_iter().map(|i| reorder(i, ranks)).collect())
            }
            other => other,
        }
    }
    let mut ranks = HashMap::new();
    rank(answer, &mut ranks);
    reorder(result, &ranks)
}

/// Pretty JSON ending in a newline.
pub fn json(value: &Value) -> String {
    let mut out = serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string());
    out.push('\n');
    out
}

/// `value` as text for scripts (see the module documentation).
pub fn text(value: &Value) -> String {
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

/// `text` on one line, its runs of white space one space: the JMESPath engine's messages span
/// lines, and failures are one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::transport(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_results_keep_the_service_key_order() {
        let answer = json!({"Set": [{"Zeta": 1, "Alpha": {"Y": 1, "B": 2}, "Mid": 3}]});
        let printer = Printer {
            format: Format::Json,
            query: Some(jmespath::compile("Set[0]").expect("expression")),
        };
        assert_eq!(
            printer.render(&answer).expect("rendered"),
            "{\n  \"Zeta\": 1,\n  \"Alpha\": {\n    \"Y\": 1,\n    \"B\": 2\n  },\n  \"Mid\": 3\n}\n"
        );
        let picked = service_order(
            &answer,
            json!({"New": 0, "Mid": 1, "Zeta": 2, "Another": 3}),
        );
        let keys: Vec<&String> = picked.as_object().expect("object").keys().collect();
        assert_eq!(keys, ["Zeta", "Mid", "New", "Another"]);
    }

    #[test]
    fn text_shapes() {
        assert_eq!(text(&json!(["a", "b"])), "a\nb\n");
        assert_eq!(text(&json!([["a", 1], ["b", 2]])), "a\t1\nb\t2\n");
        assert_eq!(text(&json!({"A": {"B": 1}})), "A.B\t1\n");
        assert_eq!(text(&json!("x")), "x\n");
    }
}
