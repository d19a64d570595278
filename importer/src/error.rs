//! Import errors: unreadable input, named by file, line and what was expected.

use std::fmt;

/// Why an input could not be imported. Nothing is written for an input with an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The input file.
    pub file: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl ImportError {
    /// An error at a line of a file.
    pub fn at(file: &str, line: usize, message: impl Into<String>) -> Self {
        ImportError {
            file: file.to_owned(),
            line: Some(line),
            message: message.into(),
        }
    }

    /// An error about a whole file.
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        ImportError {
            file: file.to_owned(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ImportError {}
