//! UTC calendar formatting of Unix timestamps, for the dates both signatures need
//! (`2024-05-01` in the TC3 credential scope, `2024-05-01T08:00:00Z` in `x-acs-date`).
//!
//! Reading those times back (`parse_utc_iso8601`, `parse_iso8601`) is re-exported from
//! `sdk_shape::format`.
//!
//! Both formats are fixed-width ASCII, so they are written into stack buffers: signing a
//! request must not allocate for its dates.

use std::time::{SystemTime, UNIX_EPOCH};

// The calendar and the ISO 8601 readers live in the shape crate, which checks documented
// date-time members of requests with them; the runtime formats with the same calendar.
use sdk_shape::format::civil_from_days;
pub use sdk_shape::format::{parse_iso8601, parse_utc_iso8601};

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

fn civil(timestamp: i64) -> Civil {
    let (year, month, day) = civil_from_days(timestamp.div_euclid(86_400));
    let secs = timestamp.rem_euclid(86_400) as u32;
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
