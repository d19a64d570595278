//! An invoker's `ScheduleSettings` checked as TAT checks them: ONCE needs an `InvokeTime`
//! in TAT's time format and in the future; RECURRENCE needs a five-field crontab
//! (`minute hour day-of-month month day-of-week`, each `*`, `?` for the days, numbers,
//! ranges, `/step` and comma lists).

use serde_json::Value;

/// What a valid schedule is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Fire once at this Unix millisecond.
    Once(i64),
    /// A checked crontab (stored; the mock does not fire recurrences).
    Recurrence,
    /// No `ScheduleSettings`: never fires.
    None,
}

/// Why a schedule was refused: the documented code's last part and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub code: &'static str,
    pub message: String,
}

fn refuse(code: &'static str, message: String) -> Refused {
    Refused { code, message }
}

/// Check the `ScheduleSettings` of `request` at `now_ms`.
pub fn read(request: &Value, now_ms: i64) -> Result<Schedule, Refused> {
    let Some(settings) = request.get("ScheduleSettings").filter(|v| !v.is_null()) else {
        return Ok(Schedule::None);
    };
    match settings.get("Policy").and_then(Value::as_str) {
        Some("ONCE") => {
            let text = settings
                .get("InvokeTime")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let at = parse_time(text).ok_or_else(|| {
                refuse(
                    "InvalidParameterValue.InvalidTimeFormat",
                    format!("InvokeTime {text:?} is not a time like 2021-09-01T00:00:00+08:00."),
                )
            })?;
            if at <= now_ms {
                return Err(refuse(
                    "InvalidParameterValue.InvokeTimeExpired",
                    format!("InvokeTime {text:?} is not in the future."),
                ));
            }
            Ok(Schedule::Once(at))
        }
        Some("RECURRENCE") => {
            let cron = settings
                .get("Recurrence")
                .and_then(Value::as_str)
                .unwrap_or_default();
            check_cron(cron).map_err(|why| {
                refuse(
                    "InvalidParameterValue.InvalidCronExpression",
                    format!("Recurrence {cron:?} is not a crontab expression: {why}."),
                )
            })?;
            Ok(Schedule::Recurrence)
        }
        // The enum is checked by the shapes; an absent policy says nothing to schedule.
        _ => Ok(Schedule::None),
    }
}

/// `YYYY-MM-DDThh:mm:ss` then `Z` or `±hh:mm`, as Unix milliseconds.
pub fn parse_time(text: &str) -> Option<i64> {
    let (civil, zone) = (text.get(..19)?, text.get(19..)?);
    let utc = sdk_runtime::clock::parse_utc_iso8601(&format!("{civil}Z"))?;
    let offset = match zone {
        "Z" => 0,
        _ => {
            let b = zone.as_bytes();
            if b.len() != 6 || b[3] != b':' || !matches!(b[0], b'+' | b'-') {
                return None;
            }
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(4..6)?.parse().ok()?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let sign = if b[0] == b'-' { -1 } else { 1 };
            sign * (hours * 3600 + minutes * 60)
        }
    };
    Some((utc - offset) * 1000)
}

/// Check a five-field crontab; the error says which field is wrong.
fn check_cron(cron: &str) -> Result<(), String> {
    const FIELDS: [(&str, u32, u32, bool); 5] = [
        ("minute", 0, 59, false),
        ("hour", 0, 23, false),
        ("day of month", 1, 31, true),
        ("month", 1, 12, false),
        ("day of week", 0, 7, true),
    ];
    let parts: Vec<&str> = cron.split_whitespace().collect();
    if parts.len() != FIELDS.len() {
        return Err(format!("{} fields instead of 5", parts.len()));
    }
    for (part, (name, low, high, question)) in parts.iter().zip(FIELDS) {
        let ok = part
            .split(',')
            .all(|item| item_ok(item, low, high, question));
        if !ok {
            return Err(format!(
                "the {name} field {part:?} is not within {low}-{high}"
            ));
        }
    }
    Ok(())
}

fn item_ok(item: &str, low: u32, high: u32, question: bool) -> bool {
    let number = |s: &str| s.parse::<u32>().ok().filter(|n| (low..=high).contains(n));
    let (range, step) = match item.split_once('/') {
        Some((range, step)) => (range, Some(step)),
        None => (item, None),
    };
    if let Some(step) = step {
        if !step.parse::<u32>().is_ok_and(|s| s >= 1) {
            return false;
        }
    }
    match range {
        "*" => true,
        "?" => question && step.is_none(),
        _ => match range.split_once('-') {
            Some((a, b)) => matches!((number(a), number(b)), (Some(a), Some(b)) if a <= b),
            None => number(range).is_some(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn times_with_offsets() {
        assert_eq!(
            parse_time("2021-09-01T00:00:00+08:00"),
            Some(1_630_425_600_000)
        );
        assert_eq!(parse_time("2021-08-31T16:00:00Z"), Some(1_630_425_600_000));
        assert_eq!(parse_time("2021-09-01 00:00:00"), None);
        assert_eq!(parse_time("2021-09-01T00:00:00+8"), None);
    }

    #[test]
    fn crontabs() {
        for good in ["0 0 1 * *", "*/5 * * * *", "0 9-17 * * 1-5", "0,30 * ? * *"] {
            assert_eq!(check_cron(good), Ok(()), "{good}");
        }
        for bad in [
            "0 0 1 *",
            "60 * * * *",
            "* * * 13 *",
            "*/0 * * * *",
            "a b c d e",
            "5-1 * * * *",
            "? * * * *",
        ] {
            assert!(check_cron(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn schedules() {
        let once = json!({"ScheduleSettings": {"Policy": "ONCE", "InvokeTime": "2021-09-01T00:00:00+08:00"}});
        assert_eq!(read(&once, 0), Ok(Schedule::Once(1_630_425_600_000)));
        assert_eq!(
            read(&once, 1_630_425_600_000).unwrap_err().code,
            "InvalidParameterValue.InvokeTimeExpired"
        );
        let cron =
            json!({"ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "0 0 32 * *"}});
        assert_eq!(
            read(&cron, 0).unwrap_err().code,
            "InvalidParameterValue.InvalidCronExpression"
        );
        assert_eq!(read(&json!({}), 0), Ok(Schedule::None));
    }
}
