//! UTC calendar formatting of Unix timestamps, for the dates both signatures need
//! (`2024-05-01` in the TC3 credential scope, `2024-05-01T08:00:00Z` in `x-acs-date`).
//!
//! Both formats are fixed-width ASCII, so they are written into stack buffers: signing a
//! request must not allocate for its dates.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, now (0 if the system clock is before 1970).
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A UTC civil date-time split into fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

// Howard Hinnant's days-to-civil algorithm: exact for the proleptic Gregorian calendar,
// no tables and no dependency on a date crate.
fn civil(timestamp: i64) -> Civil {
    let days = timestamp.div_euclid(86_400);
    let secs = timestamp.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs / 60 % 60,
        second: secs % 60,
    }
}

fn put(buf: &mut [u8], value: u32) {
    let mut v = value;
    for b in buf.iter_mut().rev() {
        *b = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

/// A formatted date, held inline.
#[derive(Clone, Copy)]
pub struct DateBuf<const N: usize>([u8; N]);

impl<const N: usize> DateBuf<N> {
    /// The formatted text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and separators are ever written.
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl<const N: usize> std::fmt::Debug for DateBuf<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

fn year4(year: i64) -> u32 {
    year.clamp(0, 9999) as u32
}

/// `YYYY-MM-DD` in UTC (the TC3 credential-scope date).
pub fn utc_date(timestamp: i64) -> DateBuf<10> {
    let c = civil(timestamp);
    let mut b = *b"0000-00-00";
    put(&mut b[0..4], year4(c.year));
    put(&mut b[5..7], c.month);
    put(&mut b[8..10], c.day);
    DateBuf(b)
}

/// `YYYY-MM-DDThh:mm:ssZ` in UTC (the ACS3 `x-acs-date`).
pub fn utc_iso8601(timestamp: i64) -> DateBuf<20> {
    let c = civil(timestamp);
    let mut b = *b"0000-00-00T00:00:00Z";
    put(&mut b[0..4], year4(c.year));
    put(&mut b[5..7], c.month);
    put(&mut b[8..10], c.day);
    put(&mut b[11..13], c.hour);
    put(&mut b[14..16], c.minute);
    put(&mut b[17..19], c.second);
    DateBuf(b)
}

// The inverse of `civil` (same algorithm, other direction): days since 1970-01-01.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Parse `YYYY-MM-DDThh:mm:ssZ` (the `Expiration` of Alibaba's temporary credentials) as
/// Unix seconds; `None` for anything else.
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
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    if second > 60 {
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
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(4..6)?.parse().ok()?;
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
    fn parses_what_it_formats() {
        for t in [0, 951_782_400, 1_551_113_065, 1_704_067_199, 4_102_444_800] {
            assert_eq!(parse_utc_iso8601(utc_iso8601(t).as_str()), Some(t));
        }
        for bad in [
            "",
            "2024-05-01",
            "2024-13-01T00:00:00Z",
            "2024-05-01T00:00:00+08:00",
        ] {
            assert_eq!(parse_utc_iso8601(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(utc_date(0).as_str(), "1970-01-01");
        assert_eq!(utc_date(1_551_113_065).as_str(), "2019-02-25");
        assert_eq!(utc_iso8601(1_551_113_065).as_str(), "2019-02-25T16:44:25Z");
        // Leap day and the last second of a year.
        assert_eq!(utc_iso8601(951_782_400).as_str(), "2000-02-29T00:00:00Z");
        assert_eq!(utc_iso8601(1_704_067_199).as_str(), "2023-12-31T23:59:59Z");
        assert_eq!(utc_date(-1).as_str(), "1969-12-31");
    }
}
