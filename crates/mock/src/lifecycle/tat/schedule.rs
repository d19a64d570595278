//! An invoker's `ScheduleSettings` checked as TAT checks them: ONCE needs an `InvokeTime`
//! in TAT's time format and in the future; RECURRENCE needs a five-field crontab
//! (`minute hour day-of-month month day-of-week`, each `*`, `?` for the days, numbers,
//! ranges, `/step` and comma lists), which the docs say is evaluated in UTC+8. The days
//! follow cron's rule: when both day fields are restricted, a day matching either fires.

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
    sdk_runtime::clock::parse_iso8601(text).map(|seconds| seconds * 1000)
}

/// The offset the docs give for crontabs: UTC+8, in milliseconds.
const CRON_OFFSET_MS: i64 = 8 * 3_600_000;

/// How far ahead [`Cron::next_after`] looks: a crontab that matches no day in this many
/// years (`0 0 31 2 *`) never fires.
const CRON_HORIZON_DAYS: i64 = 8 * 366;

/// A checked crontab: the allowed values of each field as bit sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    minutes: u64,
    hours: u64,
    days: u64,
    months: u64,
    /// Sunday is bit 0 (`7` is Sunday too).
    weekdays: u64,
    /// Whether each day field is `*` or `?` (cron's rule for combining them).
    any_day: bool,
    any_weekday: bool,
}

impl Cron {
    /// Parse a five-field crontab; the error says which field is wrong.
    pub fn parse(cron: &str) -> Result<Cron, String> {
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
        let mut sets = [0u64; 5];
        for (i, (part, (name, low, high, question))) in parts.iter().zip(FIELDS).enumerate() {
            for item in part.split(',') {
                sets[i] |= item_set(item, low, high, question).ok_or_else(|| {
                    format!("the {name} field {part:?} is not within {low}-{high}")
                })?;
            }
        }
        let any = |part: &str| matches!(part, "*" | "?");
        Ok(Cron {
            minutes: sets[0],
            hours: sets[1],
            days: sets[2],
            months: sets[3],
            // Day 7 is Sunday, as day 0.
            weekdays: (sets[4] | (sets[4] >> 7)) & 0x7f,
            any_day: any(parts[2]),
            any_weekday: any(parts[4]),
        })
    }

    fn day_matches(&self, day: u32, weekday: u32) -> bool {
        let by_day = self.days & (1 << day) != 0;
        let by_weekday = self.weekdays & (1 << weekday) != 0;
        match (self.any_day, self.any_weekday) {
            (false, false) => by_day || by_weekday,
            _ => by_day && by_weekday,
        }
    }

    /// The first whole minute strictly after `after_ms` (Unix milliseconds) that the
    /// crontab matches in UTC+8, or `None` when none comes within the horizon.
    pub fn next_after(&self, after_ms: i64) -> Option<i64> {
        let start = (after_ms + CRON_OFFSET_MS).div_euclid(60_000) + 1;
        let end = start + CRON_HORIZON_DAYS * 1440;
        let mut minute = start;
        while minute < end {
            let day = minute.div_euclid(1440);
            let (month, day_of_month) = month_day(day);
            // 1970-01-01 was a Thursday.
            let weekday = (day + 4).rem_euclid(7) as u32;
            if self.months & (1 << month) == 0 || !self.day_matches(day_of_month, weekday) {
                minute = (day + 1) * 1440;
                continue;
            }
            let of_day = minute.rem_euclid(1440);
            if self.hours & (1 << (of_day / 60)) == 0 {
                minute = (minute.div_euclid(60) + 1) * 60;
                continue;
            }
            if self.minutes & (1 << (of_day % 60)) == 0 {
                minute += 1;
                continue;
            }
            return Some(minute * 60_000 - CRON_OFFSET_MS);
        }
        None
    }
}

/// Month and day of month of `day` days after 1970-01-01.
fn month_day(day: i64) -> (u32, u32) {
    let date = sdk_runtime::clock::utc_date(day * 86_400);
    let part = |range: std::ops::Range<usize>| {
        date.as_str()
            .get(range)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    };
    (part(5..7), part(8..10))
}

/// The values one comma-separated item allows, as a bit set; `None` when it is malformed.
fn item_set(item: &str, low: u32, high: u32, question: bool) -> Option<u64> {
    let number = |s: &str| s.parse::<u32>().ok().filter(|n| (low..=high).contains(n));
    let (range, step) = match item.split_once('/') {
        Some((range, step)) => (range, Some(step.parse::<u32>().ok().filter(|&s| s >= 1)?)),
        None => (item, None),
    };
    let (first, last) = match range {
        "*" => (low, high),
        "?" if question && step.is_none() => (low, high),
        _ => match range.split_once('-') {
            Some((a, b)) => match (number(a), number(b)) {
                (Some(a), Some(b)) if a <= b => (a, b),
                _ => return None,
            },
            // `5/15` means from 5 to the end by 15, as cron reads it.
            None if step.is_some() => (number(range)?, high),
            None => {
                let n = number(range)?;
                (n, n)
            }
        },
    };
    let step = step.unwrap_or(1);
    Some(
        (first..=last)
            .step_by(step as usize)
            .fold(0u64, |set, n| set | (1 << n)),
    )
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
            assert!(Cron::parse(good).is_ok(), "{good}");
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
            assert!(Cron::parse(bad).is_err(), "{bad}");
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
