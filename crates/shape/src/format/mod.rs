//! The documented string formats of members (`Kind::DateTime`, `Kind::Crontab`): one reader
//! each, so the client before sending, the CLI and the mock server refuse the same values,
//! and the mock's scheduler reads a crontab exactly as the check accepted it. The runtime's
//! clock re-exports the time readers (the shape crate is below the runtime).

mod crontab;
mod iso8601;

pub use crontab::Crontab;
pub use iso8601::{civil_from_days, days_from_civil, parse_iso8601, parse_utc_iso8601};
