//! ISO 8601 date-times as the vendors write them (`2021-09-01T00:00:00+08:00`,
//! `2024-05-01T08:00:00Z`), and the calendar arithmetic both directions need.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil:
/// exact, no tables, no date crate).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Year, month and day of `days` days after 1970-01-01 (the inverse of
/// [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parse `YYYY-MM-DDThh:mm:ssZ` (the `Expiration` of Alibaba's temporary credentials, the
/// ACS3 `x-acs-date`) as Unix seconds; `None` for anything else, a day the month does not
/// have included.
pub fn parse_utc_iso8601(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[19] != b'Z' {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year.into(), month) {
        return None;
    }
    // A leap second (`:60`) is ISO 8601.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    Some(days * 86_400 + i64::from(hour * 3600 + minute * 60 + second))
}

/// Parse `YYYY-MM-DDThh:mm:ss` followed by `Z` or `±hh:mm` (TAT's `+00:00`, the docs'
/// `+08:00`) as Unix seconds; `None` for anything else.
pub fn parse_iso8601(text: &str) -> Option<i64> {
    let (civil, zone) = (text.get(..19)?, text.get(19..)?);
    let utc = parse_utc_iso8601(&format!("{civil}Z"))?;
    let offset = match zone {
        "Z" => 0,
        _ => {
            let b = zone.as_bytes();
            if b.len() != 6 || b[3] != b':' || !matches!(b[0], b'+' | b'-') {
                return None;
            }
            let digits = |r: std::ops::Range<usize>| -> Option<i64> {
                let part = zone.get(r)?;
                part.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| part.parse().ok())?
            };
            let (hours, minutes) = (digits(1..3)?, digits(4..6)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let sign = if b[0] == b'-' { -1 } else { 1 };
            sign * (hours * 3600 + minutes * 60)
        }
    };
    Some(utc - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for days in [-719_468, -1, 0, 11_016, 19_723, 47_482] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn utc_times() {
        assert_eq!(parse_utc_iso8601("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_utc_iso8601("2019-02-25T16:44:25Z"),
            Some(1_551_113_065)
        );
        assert_eq!(parse_utc_iso8601("2000-02-29T00:00:00Z"), Some(951_782_400));
        for bad in [
            "",
            "2024-05-01",
            "2024-13-01T00:00:00Z",
            "2024-05-01T00:00:00+08:00",
            "2023-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-05-00T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "２０２４-01-01T00:00:00",
            "+024-05-01T00:00:00Z",
        ] {
            assert_eq!(parse_utc_iso8601(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_with_offsets() {
        assert_eq!(
            parse_iso8601("2021-09-01T00:00:00+08:00"),
            Some(1_630_425_600)
        );
        assert_eq!(parse_iso8601("2021-08-31T16:00:00Z"), Some(1_630_425_600));
        assert_eq!(
            parse_iso8601("2021-08-31T12:00:00-04:00"),
            Some(1_630_425_600)
        );
        for bad in [
            "tomorrow",
            "2021-09-01 00:00:00",
            "2021-09-01T00:00:00",
            "2021-09-01T00:00:00+8",
            "2021-09-01T00:00:00+08:60",
            "2021-09-01T00:00:00+0800",
            "2021-09-01T00:00:00+-8:00",
            "2021-09-01T00:00:00.000Z",
        ] {
            assert_eq!(parse_iso8601(bad), None, "{bad}");
        }
    }
}
