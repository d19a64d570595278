//! What `--waiter` asks for ([`Poll`]), read from either vendor CLI's form: tccli's
//! `{'expr':'...','to':'...','timeout':180,'interval':5}` or aliyun's
//! `expr=... to=... [timeout=180] [interval=5]`.

use std::time::Duration;

use serde_json::Value;

use crate::exit::Failure;
use crate::output::one_line;

/// How long `--waiter` keeps calling unless `timeout` says otherwise: tccli's and aliyun's
/// default, so a command line copied from either behaves the same.
pub const DEFAULT_TIMEOUT_SECONDS: u64 = 180;
/// The pause between calls unless `interval` says otherwise (the vendors' default too).
pub const DEFAULT_INTERVAL_SECONDS: u64 = 5;

/// A `--waiter` request.
#[derive(Debug, Clone, PartialEq)]
pub struct Poll {
    /// The JMESPath expression of the answer to compare.
    pub expr: String,
    /// The value it must reach.
    pub to: String,
    /// How long to keep calling.
    pub timeout: Duration,
    /// The pause between calls.
    pub interval: Duration,
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
}
