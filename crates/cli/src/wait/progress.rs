//! The progress line of a wait on stderr, redrawn in place; drawn on a terminal only, so logs
//! and pipes get no carriage returns.

use std::io::Write;

use crate::run::stderr_is_terminal;

/// Draw `line` over the previous one.
pub fn show(line: &str) {
    if stderr_is_terminal() {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }
}

/// Erase the line, before the answer or an error is printed.
pub fn clear() {
    if stderr_is_terminal() {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}
