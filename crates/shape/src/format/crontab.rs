//! Five-field crontabs (`minute hour day-of-month month day-of-week`), as TAT's invokers take
//! them (`ScheduleSettings.Recurrence`): each field `*`, `?` for the two day fields, numbers,
//! ranges `a-b`, steps `/n` and comma lists; day of week 0-7 with both 0 and 7 Sunday. The
//! days follow cron's rule: when both day fields are restricted, a day matching either one
//! fires. The request check and the mock's scheduler read crontabs here, so a crontab the
//! client lets through is one the mock can schedule.

use super::iso8601::civil_from_days;

/// How far ahead [`Crontab::next_after`] looks: a crontab that matches no day in this many
/// years (`0 0 31 2 *`) never fires.
const HORIZON_DAYS: i64 = 8 * 366;

/// A checked crontab: the allowed values of each field as bit sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crontab {
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

impl Crontab {
    /// Parse a five-field crontab; the error says which field is wrong and why.
    pub fn parse(text: &str) -> Result<Crontab, String> {
        const FIELDS: [(&str, u32, u32, bool); 5] = [
            ("minute", 0, 59, false),
            ("hour", 0, 23, false),
            ("day of month", 1, 31, true),
            ("month", 1, 12, false),
            ("day of week", 0, 7, true),
        ];
        let parts: Vec<&str> = text.split_whitespace().collect();
        if parts.len() != FIELDS.len() {
            return Err(format!(
                "{} fields instead of 5 (minute hour day-of-month month day-of-week)",
                parts.len()
            ));
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
        Ok(Crontab {
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

    /// The first whole minute strictly after `after_ms` (Unix milliseconds) that the crontab
    /// matches in the zone `offset_ms` ahead of UTC (TAT's docs: UTC+8), as Unix
    /// milliseconds; `None` when none comes within eight years.
    pub fn next_after(&self, after_ms: i64, offset_ms: i64) -> Option<i64> {
        let start = (after_ms + offset_ms).div_euclid(60_000) + 1;
        let end = start + HORIZON_DAYS * 1440;
        let mut minute = start;
        while minute < end {
            let day = minute.div_euclid(1440);
            let (_, month, day_of_month) = civil_from_days(day);
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
            return Some(minute * 60_000 - offset_ms);
        }
        None
    }
}

/// The values one comma-separated item allows, as a bit set; `None` when it is malformed.
fn item_set(item: &str, low: u32, high: u32, question: bool) -> Option<u64> {
    let number = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|n| (low..=high).contains(n))
    };
    let (range, step) = match item.split_once('/') {
        Some((range, step)) => (range, Some(number_step(step)?)),
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

fn number_step(step: &str) -> Option<u32> {
    step.bytes()
        .all(|c| c.is_ascii_digit())
        .then(|| step.parse::<u32>().ok())
        .flatten()
        .filter(|&s| s >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crontabs() {
        for good in [
            "0 0 1 * *",
            "*/5 * * * *",
            "0 9-17 * * 1-5",
            "0,30 * ? * *",
            "5/20 * * * 7",
        ] {
            assert!(Crontab::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "0 0 1 *",
            "0 0 1 * * *",
            "60 * * * *",
            "* * * 13 *",
            "*/0 * * * *",
            "a b c d e",
            "5-1 * * * *",
            "? * * * *",
            "+5 * * * *",
            "0 0 32 * *",
        ] {
            assert!(Crontab::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Crontab::parse("0 25 * * *").unwrap_err(),
            "the hour field \"25\" is not within 0-23"
        );
    }

    #[test]
    fn next_minute_in_a_zone() {
        // Every 15 minutes, strictly after; the zone does not move whole minutes.
        let cron = Crontab::parse("*/15 * * * *").unwrap();
        assert_eq!(cron.next_after(0, 0), Some(15 * 60_000));
        // Midnight at UTC+8 is 16:00 UTC.
        let midnight = Crontab::parse("0 0 * * *").unwrap();
        assert_eq!(midnight.next_after(0, 8 * 3_600_000), Some(16 * 3_600_000));
        assert_eq!(Crontab::parse("0 0 31 2 *").unwrap().next_after(0, 0), None);
    }
}
