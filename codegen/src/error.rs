//! Spec errors that name the place: file, JSON pointer, problem.

use std::cmp::Ordering;
use std::fmt;

use serde_json::Value;

/// One problem found in the spec. Errors are equal and ordered by their place and message.
#[derive(Debug, Clone)]
pub struct SpecError {
    /// The spec file, relative to the repository root (`spec/tat/2020-10-28/actions/X.json`).
    pub file: String,
    /// JSON pointer inside the file (`/input/3/type`); empty for the whole file.
    pub pointer: String,
    /// What is wrong, with a suggestion where one is obvious.
    pub message: String,
    /// For a documented example (or a member's example value) the types cannot read: the
    /// faithful reading of the value at `pointer`, when there is one. The importer applies
    /// it to the vendor's examples (and reports it) instead of leaving the example out.
    pub repair: Option<Box<Repair>>,
}

/// How an example value the types cannot read is read faithfully.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    /// What was wrong.
    pub kind: RepairKind,
    /// The value to put at the pointer; `None` removes the member there.
    pub value: Option<Value>,
}

/// The faults of vendor examples that have a faithful reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RepairKind {
    /// A member the types do not have: dropped (the SDK ignores unknown members anyway).
    UnknownMember,
    /// `null` for a member not documented as nullable: read as absent.
    Null,
    /// A number or boolean written as a string (`"10"` for an integer): read as the value.
    Quoted,
    /// A number or boolean where the type is a string: read as its text.
    Unquoted,
    /// A Tencent response not shaped `{"Response": {...}}`: a bare answer wrapped, members
    /// beside `Response` moved into it (or dropped when null or not in the output).
    Envelope,
}

impl RepairKind {
    /// Every kind, in report order.
    pub const ALL: [RepairKind; 5] = [
        RepairKind::UnknownMember,
        RepairKind::Null,
        RepairKind::Quoted,
        RepairKind::Unquoted,
        RepairKind::Envelope,
    ];

    /// How reports name the kind.
    pub fn name(self) -> &'static str {
        match self {
            RepairKind::UnknownMember => "member the types lack, dropped",
            RepairKind::Null => "null read as absent",
            RepairKind::Quoted => "value written as a string, read as the value",
            RepairKind::Unquoted => "string written as a number or boolean, read as text",
            RepairKind::Envelope => "response put in its envelope",
        }
    }
}

impl SpecError {
    pub(crate) fn new(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_owned(),
            pointer: pointer.into(),
            message: message.into(),
            repair: None,
        }
    }

    fn key(&self) -> (&str, &str, &str) {
        (&self.file, &self.pointer, &self.message)
    }
}

impl PartialEq for SpecError {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for SpecError {}

impl PartialOrd for SpecError {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SpecError {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.pointer, self.message)
        }
    }
}

/// Every problem found; the generator reports them all at once, sorted by place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(pub Vec<SpecError>);

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}

/// "did you mean" for a misspelt name, when one candidate is close.
pub(crate) fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> String {
    let best = candidates
        .into_iter()
        .map(|c| {
            (
                strsim::jaro_winkler(&name.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, c)) => format!(" (did you mean \"{c}\"?)"),
        None => String::new(),
    }
}
