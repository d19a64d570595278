//! Waiting, two ways.
//!
//! - `--wait` on an action a spec waiter follows (TAT `run-command`, `invoke-command`): the
//!   action's answer fills the waiter's polling request, the runtime's waiter polls with its
//!   backoff, and the final answer prints as the waiter's report (one row per item: for TAT
//!   instance, status, exit code, seconds and the decoded output), a table on a terminal and
//!   JSON otherwise; exit 5 when a row did not succeed or the wait ended without success.
//!   A progress line is drawn on stderr while waiting, on a terminal only.
//! - `--waiter` on every action, in the habits of the vendors' CLIs: tccli's
//!   `--waiter "{'expr':'InvocationSet[0].InvocationStatus','to':'SUCCESS','timeout':180,'interval':5}"`
//!   and the aliyun CLI's `--waiter expr=... to=... [timeout=180] [interval=5]`: the same call
//!   is repeated every `interval` seconds until the JMESPath `expr` of the answer equals `to`,
//!   for at most `timeout` seconds (their defaults: 180 and 5); a wait that never matches
//!   ends at the timeout with the last value (exit 5).

use std::io::Write;
use std::time::{Duration, Instant};

use clap::{Arg, Command};
use sdk_runtime::{ServiceClient, WaitOptions, WaiterError};
use sdk_shape::{ActionShape, ServiceShape, WaiterShape};
use serde_json::{Map, Value};

use crate::exit::Failure;
use crate::flags::ids;
use crate::output::{self, one_line, Format, Printer};
use crate::run::{self, Caller};

/// tccli's and aliyun's defaults.
const DEFAULT_TIMEOUT_SECONDS: u64 = 180;
const DEFAULT_INTERVAL_SECONDS: u64 = 5;

/// How long `--wait` waits unless `--max-wait` says otherwise.
const DEFAULT_MAX_WAIT_SECONDS: u64 = 600;

/// The waiter that follows `action`, if one does.
pub fn follower(
    service: &'static ServiceShape,
    action: &ActionShape,
) -> Option<(&'static WaiterShape, &'static str)> {
    service.waiters.iter().find_map(|w| {
        w.follows
            .iter()
            .find(|f| f.action == action.name)
            .map(|f| (*w, f.request))
    })
}

/// The waiting flags of `action`.
pub fn args(service: &'static ServiceShape, action: &ActionShape, mut cmd: Command) -> Command {
    if let Some((waiter, _)) = follower(service, action) {
        cmd = cmd
            .arg(
                Arg::new(ids::WAIT)
                    .long(ids::WAIT)
                    .action(clap::ArgAction::SetTrue)
                    .help_heading("Waiting")
                    .help(format!(
                        "Then wait until {} ({}, polling {}), and print the result per item; exit 5 unless every item succeeded",
                        lower_first(waiter.description.trim_end_matches('.')),
                        waiter.command,
                        waiter.action.command,
                    )),
            )
            .arg(
                Arg::new(ids::MAX_WAIT)
                    .long(ids::MAX_WAIT)
                    .value_name("SECONDS")
                    .requires(ids::WAIT)
                    .value_parser(clap::value_parser!(u64).range(1..=86_400))
                    .help_heading("Waiting")
                    .help(format!(
                        "How long --wait waits in all (default {DEFAULT_MAX_WAIT_SECONDS}); delays grow from {} s to {} s",
                        waiter.min_delay_seconds, waiter.max_delay_seconds
                    )),
            );
    }
    cmd.arg(
        Arg::new(ids::WAITER)
            .long(ids::WAITER)
            .value_name("SPEC")
            .num_args(1..)
            .help_heading("Waiting")
            .help(
                "Repeat the call until a JMESPath expression of the answer equals a value: \
                 tccli's \"{'expr':'...','to':'...','timeout':180,'interval':5}\" or aliyun's \
                 expr=... to=... [timeout=180] [interval=5]",
            ),
    )
}

/// A `--waiter` request.
#[derive(Debug, Clone, PartialEq)]
pub struct Poll {
    expr: String,
    to: String,
    timeout: Duration,
    interval: Duration,
}

impl Poll {
    /// Read `--waiter` in either vendor's form.
    pub fn parse(words: &[String]) -> Result<Poll, Failure> {
        let joined = words.join(" ");
        let text = joined.trim();
        let fields: Vec<(String, String)> = if text.starts_with('{') {
            tccli_fields(text)?
        } else {
            words
                .iter()
                .map(|w| {
                    w.split_once('=')
                        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
                        .ok_or_else(|| {
                            Failure::usage(format!(
                                "--waiter: `{w}` is not key=value (expr=..., to=..., timeout=..., interval=...)"
                            ))
                        })
                })
                .collect::<Result<_, _>>()?
        };
        let mut poll = Poll {
            expr: String::new(),
            to: String::new(),
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECONDS),
            interval: Duration::from_secs(DEFAULT_INTERVAL_SECONDS),
        };
        let (mut has_expr, mut has_to) = (false, false);
        for (key, value) in fields {
            match key.as_str() {
                "expr" => (poll.expr, has_expr) = (value, true),
                "to" => (poll.to, has_to) = (value, true),
                "timeout" => poll.timeout = seconds("timeout", &value)?,
                "interval" => poll.interval = seconds("interval", &value)?,
                other => {
                    return Err(Failure::usage(format!(
                        "--waiter: unknown key `{other}` (expr, to, timeout, interval)"
                    )))
                }
            }
        }
        if !has_expr || !has_to {
            return Err(Failure::usage(
                "--waiter: both expr and to are required".to_owned(),
            ));
        }
        jmespath::compile(&poll.expr)
            .map_err(|e| Failure::usage(format!("--waiter: expr: {}", one_line(&e.to_string()))))?;
        Ok(poll)
    }
}

/// tccli writes a Python-ish dict: single quotes allowed. Read it as JSON with them turned
/// into double quotes (values with quotes inside are written with the other kind).
fn tccli_fields(text: &str) -> Result<Vec<(String, String)>, Failure> {
    let parsed: Value = serde_json::from_str(text)
        .or_else(|_| serde_json::from_str(&swap_quotes(text)))
        .map_err(|e| {
            Failure::usage(format!(
                "--waiter: not a {{'expr': ..., 'to': ...}} object: {e}"
            ))
        })?;
    let Value::Object(members) = parsed else {
        return Err(Failure::usage("--waiter: not an object".to_owned()));
    };
    Ok(members
        .into_iter()
        .map(|(k, v)| {
            let v = match v {
                Value::String(s) => s,
                other => other.to_string(),
            };
            (k, v)
        })
        .collect())
}

fn swap_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\'' => '"',
            '"' => '\'',
            c => c,
        })
        .collect()
}

fn seconds(name: &str, value: &str) -> Result<Duration, Failure> {
    value
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0 && *s <= 86_400.0)
        .map(Duration::from_secs_f64)
        .ok_or_else(|| {
            Failure::usage(format!(
                "--waiter: {name} must be seconds between 0 and 86400, not {value:?}"
            ))
        })
}

/// The JMESPath result of `expr` as the vendors' CLIs compare it: strings bare, anything
/// else as JSON.
fn value_of(expr: &str, answer: &Value) -> Option<String> {
    let result = jmespath::compile(expr).ok()?.search(answer).ok()?;
    Some(match result.as_string() {
        Some(s) => s.clone(),
        None => serde_json::to_value(&*result).ok()?.to_string(),
    })
}

/// `--waiter`: send `request` until `poll` matches, then return that answer.
pub async fn poll(caller: &Caller, request: Value, poll: &Poll) -> Result<Value, Failure> {
    let start = Instant::now();
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let answer = caller.send(request.clone()).await?;
        let value = value_of(&poll.expr, &answer);
        if value.as_deref() == Some(poll.to.as_str()) {
            clear_progress();
            return Ok(answer);
        }
        let elapsed = start.elapsed();
        if elapsed + poll.interval > poll.timeout {
            clear_progress();
            return Err(Failure::wait(format!(
                "--waiter: {} never equalled {:?} in {} s ({attempts} calls); the last value was {}",
                poll.expr,
                poll.to,
                poll.timeout.as_secs(),
                value.unwrap_or_else(|| "nothing".to_owned())
            )));
        }
        progress(&format!(
            "waiting: {} is {}, want {:?} ({} s)",
            poll.expr,
            value.as_deref().unwrap_or("nothing"),
            poll.to,
            elapsed.as_secs()
        ));
        tokio::time::sleep(poll.interval).await;
    }
}

/// `--wait`: the followed action's `answer` fills `template`, then the waiter polls.
pub async fn follow(
    client: &ServiceClient,
    waiter: &'static WaiterShape,
    template: &str,
    answer: &Value,
    max_wait: Option<u64>,
) -> Result<(Value, bool), Failure> {
    let template: Value = serde_json::from_str(template)
        .map_err(|e| Failure::usage(format!("{}: bad polling request: {e}", waiter.name)))?;
    let request = fill(&template, answer)?;
    let max_wait = Duration::from_secs(max_wait.unwrap_or(DEFAULT_MAX_WAIT_SECONDS));
    let name = waiter.command;
    let options = WaitOptions::new(max_wait).on_progress(move |p| {
        progress(&format!(
            "waiting for {name}: {} polls, {} s, next in {} s",
            p.attempts,
            p.elapsed.as_secs(),
            p.next_delay.as_secs()
        ));
    });
    let outcome = client.wait_json(waiter, request, &options).await;
    clear_progress();
    let action = waiter.action;
    match outcome {
        Ok(final_answer) => {
            sdk_shape::validate_output(action, &final_answer.body)
                .map_err(|e| Failure::answer(action, &e, final_answer.request_id.as_deref()))?;
            Ok((final_answer.body, true))
        }
        Err(WaiterError::FailureState { last, .. }) => match *last {
            Ok(answer) => Ok((answer.body, false)),
            Err(e) => Err(Failure::from_sdk(action, e)),
        },
        Err(WaiterError::ExceededMaxWait {
            elapsed,
            attempts,
            last,
        }) => {
            let mut message = format!(
                "{name}: not done after {} s ({attempts} polls)",
                elapsed.as_secs()
            );
            if let Ok(answer) = *last {
                message.push_str(&format!("; the last answer: {}", answer.body));
            }
            Err(Failure::wait(message))
        }
        Err(WaiterError::OperationFailed(e)) => Err(Failure::from_sdk(action, e)),
    }
}

/// `template` with each `"{Name}"` string replaced by member `Name` of `answer`.
fn fill(template: &Value, answer: &Value) -> Result<Value, Failure> {
    Ok(match template {
        Value::String(s) => match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => answer
                .get(name)
                .cloned()
                .ok_or_else(|| Failure::usage(format!("the answer has no {name} to wait for")))?,
            None => template.clone(),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| fill(i, answer))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| Ok((k.clone(), fill(v, answer)?)))
                .collect::<Result<Map<_, _>, Failure>>()?,
        ),
        other => other.clone(),
    })
}

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
        output::print(&printer.render(answer)?)?;
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
        Format::Table => crate::table::render(&rows, crate::table::output_width()),
        Format::Text => output::text(&rows),
        Format::Json => output::json(&rows),
    };
    output::print(&text)?;
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

fn progress(line: &str) {
    if run::stderr_is_terminal() {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }
}

fn clear_progress() {
    if run::stderr_is_terminal() {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &[&str]) -> Vec<String> {
        text.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn both_vendors_waiter_forms() {
        let tccli = Poll::parse(&words(&[
            "{'expr':'InvocationSet[0].InvocationStatus','to':'SUCCESS','timeout':60,'interval':2}",
        ]))
        .unwrap();
        assert_eq!(
            tccli,
            Poll {
                expr: "InvocationSet[0].InvocationStatus".into(),
                to: "SUCCESS".into(),
                timeout: Duration::from_secs(60),
                interval: Duration::from_secs(2),
            }
        );
        let aliyun = Poll::parse(&words(&[
            "expr=InvocationSet[0].InvocationStatus",
            "to=SUCCESS",
        ]))
        .unwrap();
        assert_eq!(aliyun.timeout, Duration::from_secs(180));
        assert_eq!(aliyun.interval, Duration::from_secs(5));
        assert_eq!(aliyun.expr, tccli.expr);
        for bad in [
            &["expr=a"][..],
            &["to=b"],
            &["expr=a[", "to=b"],
            &["expr=a", "to=b", "timeout=-1"],
            &["expr=a", "to=b", "every=5"],
            &["{'expr': 'a'"],
            &["nonsense"],
        ] {
            assert!(Poll::parse(&words(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn values_compare_as_the_vendors_do() {
        let answer = serde_json::json!({"S": "SUCCESS", "N": 3, "B": true});
        assert_eq!(value_of("S", &answer).as_deref(), Some("SUCCESS"));
        assert_eq!(value_of("N", &answer).as_deref(), Some("3"));
        assert_eq!(value_of("B", &answer).as_deref(), Some("true"));
    }

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

    #[test]
    fn templates_take_the_answer_members() {
        let template = serde_json::json!({"Filters": [{"Name": "invocation-id", "Values": ["{InvocationId}"]}], "HideOutput": false});
        let filled = fill(&template, &serde_json::json!({"InvocationId": "inv-1"})).unwrap();
        assert_eq!(filled["Filters"][0]["Values"][0], "inv-1");
        assert!(fill(&template, &serde_json::json!({})).is_err());
    }
}
