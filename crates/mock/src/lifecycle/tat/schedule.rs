//! An invoker's `ScheduleSettings` checked as TAT checks them: ONCE needs an `InvokeTime`
//! in TAT's time format and in the future; RECURRENCE needs a five-field crontab, which the
//! docs say is evaluated in UTC+8. Formats and "required when Policy is ..." are the spec's
//! facts, refused before this by `sdk_shape::validate_input` with the same readers
//! (`sdk_shape::format`); what is left here is what only state knows: the time is future.

use sdk_shape::format::Crontab;
use serde_json::Value;

/// What a valid schedule is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Fire once at this Unix millisecond.
    Once(i64),
    /// Fire at every minute the crontab matches, in UTC+8.
    Recurrence(Cron),
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
            let parsed = Cron::parse(cron).map_err(|why| {
                refuse(
                    "InvalidParameterValue.InvalidCronExpression",
                    format!("Recurrence {cron:?} is not a crontab expression: {why}."),
                )
            })?;
            Ok(Schedule::Recurrence(parsed))
        }
        // The enum is checked by the shapes; an absent policy says nothing to schedule.
        _ => Ok(Schedule::None),
    }
}

/// `YYYY-MM-DDThh:mm:ss` then `Z` or `±hh:mm`, as Unix milliseconds.
pub fn parse_time(text: &str) -> Option<i64> {
    sdk_shape::format::parse_iso8601(text).map(|seconds| seconds * 1000)
}

/// The offset the docs give for crontabs: UTC+8, in milliseconds.
const CRON_OFFSET_MS: i64 = 8 * 3_600_000;

/// A checked crontab: the one reader the request check uses too (`sdk_shape::format`), so a
/// crontab the client lets through is one the mock schedules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron(Crontab);

impl Cron {
    /// Parse a five-field crontab; the error says which field is wrong.
    pub fn parse(cron: &str) -> Result<Cron, String> {
        Crontab::parse(cron).map(Cron)
    }

    /// The first whole minute strictly after `after_ms` (Unix milliseconds) that the
    /// crontab matches in UTC+8, or `None` when none comes within the horizon.
    pub fn next_after(&self, after_ms: i64) -> Option<i64> {
        self.0.next_after(after_ms, CRON_OFFSET_MS)
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

    fn next(cron: &str, after: &str) -> Option<String> {
        let at = Cron::parse(cron)
            .unwrap()
            .next_after(parse_time(after).unwrap())?;
        Some(crate::lifecycle::clock::tat_time(at))
    }

    #[test]
    fn crontabs_fire_in_utc_plus_8() {
        // Midnight in UTC+8 is 16:00 UTC the day before.
        assert_eq!(
            next("0 0 * * *", "2027-01-15T00:00:00Z").as_deref(),
            Some("2027-01-15T16:00:00+00:00")
        );
        // Strictly after: a time on the schedule itself is not the next firing.
        assert_eq!(
            next("*/15 * * * *", "2027-01-15T08:15:00Z").as_deref(),
            Some("2027-01-15T08:30:00+00:00")
        );
        // The first of the month at 09:30 UTC+8; February 2028 is a leap month.
        assert_eq!(
            next("30 9 1 * *", "2028-01-20T00:00:00+08:00").as_deref(),
            Some("2028-02-01T01:30:00+00:00")
        );
        assert_eq!(
            next("0 12 29 2 *", "2027-03-01T00:00:00+08:00").as_deref(),
            Some("2028-02-29T04:00:00+00:00")
        );
        // 2027-01-15 is a Friday; weekdays 1-5 skip the weekend; 7 is Sunday.
        assert_eq!(
            next("0 8 * * 1-5", "2027-01-15T09:00:00+08:00").as_deref(),
            Some("2027-01-18T00:00:00+00:00")
        );
        assert_eq!(
            next("0 8 ? * 7", "2027-01-15T09:00:00+08:00").as_deref(),
            Some("2027-01-17T00:00:00+00:00")
        );
        // Both day fields restricted: either one fires (the 20th, or a Sunday first).
        assert_eq!(
            next("0 0 20 * 0", "2027-01-15T09:00:00+08:00").as_deref(),
            Some("2027-01-16T16:00:00+00:00")
        );
        // `5/20` is 5, 25, 45.
        assert_eq!(
            next("5/20 * * * *", "2027-01-15T08:26:00Z").as_deref(),
            Some("2027-01-15T08:45:00+00:00")
        );
        // A day that never comes.
        assert_eq!(next("0 0 31 2 *", "2027-01-15T00:00:00Z"), None);
    }
}
