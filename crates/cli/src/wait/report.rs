//! The report of `--wait`: the waiter's final answer as rows (for TAT: instance, status, exit
//! code, seconds and the decoded output), a table on a terminal and JSON otherwise; exit 5
//! when the wait ended without success or a row did not succeed.

use sdk_shape::WaiterShape;
use serde_json::Value;

use crate::exit::Failure;
use crate::output::{self, one_line, print, Format, Printer};
use crate::table;

/// Print the waiter's report of `answer` (or the answer, for a waiter without one); `Err`
/// (exit 5) when the wait did not succeed or a row did not.
pub fn print_report(
    waiter: &WaiterShape,
    answer: &Value,
    reached: bool,
    printer: &Printer,
    explicit_format: bool,
) -> Result<(), Failure> {
    let Some(report) = &waiter.report else {
        print(&printer.render(answer)?)?;
        return done(waiter, reached, true);
    };
    let runtime = report_runtime();
    let rows = runtime
        .compile(report.rows)
        .and_then(|e| e.search(answer))
        .map_err(|e| {
            Failure::usage(format!(
                "{}: report: {}",
                waiter.name,
                one_line(&e.to_string())
            ))
        })?;
    let mut rows = serde_json::to_value(&*rows).unwrap_or(Value::Null);
    order_columns(&mut rows, report.rows);
    let succeeded = runtime
        .compile(report.succeeded)
        .and_then(|e| e.search(answer))
        .map(|v| v.as_boolean() == Some(true))
        .unwrap_or(false);
    let format = if explicit_format {
        printer.format()
    } else if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        Format::Table
    } else {
        Format::Json
    };
    let text = match format {
        Format::Table => table::render(&rows, table::output_width()),
        Format::Text => output::text(&rows),
        Format::Json => output::json(&rows),
    };
    print(&text)?;
    done(waiter, reached, succeeded)
}

fn done(waiter: &WaiterShape, reached: bool, succeeded: bool) -> Result<(), Failure> {
    match (reached, succeeded) {
        (true, true) => Ok(()),
        (false, _) => Err(Failure::wait(format!(
            "{}: the wait ended in a failure state",
            waiter.command
        ))),
        (true, false) => Err(Failure::wait(format!(
            "{}: finished, but not every item succeeded",
            waiter.command
        ))),
    }
}

/// JMESPath with the two functions reports use: `seconds_between(start, end)` (ISO 8601
/// times; null when either is missing) and `base64_decode(text)` (null when not base64 or
/// not UTF-8).
fn report_runtime() -> jmespath::Runtime {
    use jmespath::functions::{ArgumentType, CustomFunction, Signature};
    use jmespath::{Rcvar, Variable};
    let mut runtime = jmespath::Runtime::new();
    runtime.register_builtin_functions();
    runtime.register_function(
        "seconds_between",
        Box::new(CustomFunction::new(
            Signature::new(vec![ArgumentType::Any, ArgumentType::Any], None),
            Box::new(|args: &[Rcvar], _: &mut jmespath::Context<'_>| {
                let at = |v: &Rcvar| {
                    v.as_string()
                        .and_then(|s| sdk_runtime::clock::parse_iso8601(s))
                };
                Ok(Rcvar::new(match (at(&args[0]), at(&args[1])) {
                    (Some(a), Some(b)) => Variable::Number(serde_json::Number::from(b - a)),
                    _ => Variable::Null,
                }))
            }),
        )),
    );
    runtime.register_function(
        "base64_decode",
        Box::new(CustomFunction::new(
            Signature::new(vec![ArgumentType::Any], None),
            Box::new(|args: &[Rcvar], _: &mut jmespath::Context<'_>| {
                use base64::Engine as _;
                let text = args[0].as_string().and_then(|s| {
                    base64::engine::general_purpose::STANDARD
                        .decode(s)
                        .ok()
                        .and_then(|b| String::from_utf8(b).ok())
                });
                Ok(Rcvar::new(text.map_or(Variable::Null, Variable::String)))
            }),
        )),
    );
    runtime
}

/// Row keys in the order the `rows` expression names them (the engine sorts them).
fn order_columns(rows: &mut Value, expression: &str) {
    let Value::Array(items) = rows else {
        return;
    };
    for item in items {
        if let Value::Object(members) = item {
            let mut entries: Vec<(String, Value)> = std::mem::take(members).into_iter().collect();
            entries.sort_by_key(|(k, _)| expression.find(&format!("{k}:")).unwrap_or(usize::MAX));
            *members = entries.into_iter().collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_compute_seconds_and_decode_output() {
        let answer = serde_json::json!({"Set": [{"Id": "a", "Start": "2027-01-15T08:00:02+00:00", "End": "2027-01-15T08:00:32+00:00", "Out": "b2sK"}]});
        let runtime = report_runtime();
        let expression =
            "Set[].{Id: Id, Seconds: seconds_between(Start, End), Output: base64_decode(Out)}";
        let rows = runtime
            .compile(expression)
            .unwrap()
            .search(&answer)
            .unwrap();
        let mut rows = serde_json::to_value(&*rows).unwrap();
        order_columns(&mut rows, expression);
        assert_eq!(
            serde_json::to_string(&rows).unwrap(),
            r#"[{"Id":"a","Seconds":30,"Output":"ok\n"}]"#
        );
        assert_eq!(
            sdk_runtime::clock::parse_iso8601("2027-01-15T16:00:00+08:00"),
            sdk_runtime::clock::parse_iso8601("2027-01-15T08:00:00Z")
        );
    }
}
