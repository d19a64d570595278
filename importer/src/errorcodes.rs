//! The Tencent Cloud Python SDK's list of a service's own error codes:
//! `tencentcloud/<service>/v<version>/errorcodes.py`, one constant per code with its
//! description in the comment line above it:
//!
//! ```text
//! # Failed to access the CVM.
//! FAILEDOPERATION_CVMERROR = 'FailedOperation.CVMError'
//! ```
//!
//! The file is read as data, line by line, never run. The vendor publishes no per-action list
//! (the API metadata has no error codes), so these are codes any action of the service may
//! return; they go to `service_errors` in `service.json`.

use std::collections::HashMap;
use std::path::Path;

use codegen::spec::ErrorSpec;

use crate::error::ImportError;
use crate::facts::{Origin, SourceFacts, SourceKind, Vendor};

/// The file name this front end reads.
pub const FILE_NAME: &str = "errorcodes.py";

/// Whether this front end reads the file: by its name, so a broken one still gets this
/// reader's precise errors.
pub fn detect(name: &str) -> bool {
    name == FILE_NAME
}

/// Read `errorcodes.py`; the service and version come from its path, the package from the
/// dist-info folder beside the `tencentcloud` module.
pub fn read(file: &str, path: &Path, text: &str) -> Result<SourceFacts, ImportError> {
    let (service, version, module_dir) = place(path).ok_or_else(|| {
        ImportError::file(
            file,
            "expected the file at `tencentcloud/<service>/v<YYYYMMDD>/errorcodes.py` inside the unpacked SDK package (run scripts/fetch-metadata.sh)",
        )
    })?;
    let mut notes = Vec::new();
    let codes = parse(file, text, &mut notes)?;
    let inner = format!(
        "tencentcloud/{service}/v{}/{FILE_NAME}",
        version.replace('-', "")
    );
    let (dist, pkg_version) = crate::package::shipped_by(&module_dir, Some(&inner))
        .and_then(|(d, v)| Some((d?, v)))
        .ok_or_else(|| {
            ImportError::file(
                file,
                "cannot tell which package shipped this file: expected `tencentcloud/__init__.py` holding `__version__` and the package's `<name>-<version>.dist-info` folder beside `tencentcloud/` (run scripts/fetch-metadata.sh)",
            )
        })?;
    // The package says the language (`-intl-en` is English); the text decides otherwise.
    let chinese = codes.iter().any(|c| {
        c.description
            .chars()
            .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
    });
    let language = if dist.ends_with("-en") || !chinese {
        "en"
    } else {
        "zh"
    };
    // The comments copy the documentation's text (Markdown: `Filter` in backticks is code):
    // CommonMark of it, relative links on the vendor's site of the language.
    let site = crate::markup::Site::tencent(language);
    let codes = codes
        .into_iter()
        .map(|c| ErrorSpec {
            description: crate::markup::from_vendor(&c.description, site),
            ..c
        })
        .collect();
    Ok(SourceFacts {
        file: file.to_owned(),
        origin: Origin {
            kind: SourceKind::Metadata,
            source: inner,
            updated: None,
            package: Some(format!("{dist} {pkg_version}")),
            language: language.to_owned(),
        },
        vendor: Vendor::Tencent,
        service: Some(service),
        version: Some(version),
        title: None,
        domain: None,
        reach: None,
        whole: false,
        actions: Vec::new(),
        types: Vec::new(),
        service_errors: Some(codes),
        notes,
    })
}

/// Service, API version (`2020-10-28`) and the `tencentcloud` folder of
/// `.../tencentcloud/<service>/v<YYYYMMDD>/errorcodes.py`.
fn place(path: &Path) -> Option<(String, String, std::path::PathBuf)> {
    let version_dir = path.parent()?;
    let service_dir = version_dir.parent()?;
    let module_dir = service_dir.parent()?;
    if module_dir.file_name()? != "tencentcloud" {
        return None;
    }
    let digits = version_dir.file_name()?.to_str()?.strip_prefix('v')?;
    if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let version = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]);
    let service = service_dir.file_name()?.to_str()?.to_owned();
    Some((service, version, module_dir.to_path_buf()))
}

/// The codes of the file, in its order. A line is blank, a comment, or `NAME = 'Code'`; the
/// comment lines right above a constant are its description (a blank line ends a comment,
/// which is how the licence header stays out). A constant with no comment line is an error;
/// an empty comment (`# `) an empty description, noted.
pub fn parse(
    file: &str,
    text: &str,
    notes: &mut Vec<String>,
) -> Result<Vec<ErrorSpec>, ImportError> {
    let mut codes: Vec<ErrorSpec> = Vec::new();
    let mut lines_of: HashMap<String, usize> = HashMap::new();
    let mut comment: Vec<&str> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            comment.clear();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            comment.push(c.trim());
            continue;
        }
        let (name, code) = assignment(line).ok_or_else(|| {
            ImportError::at(
                file,
                n,
                format!("expected `# description`, `NAME = 'Code'` or a blank line, got `{line}`"),
            )
        })?;
        if !is_code(code) {
            // The vendor's lists have a few such entries (`InvalidParameter.`): not a broken
            // file, but not a code the spec can name either.
            notes.push(format!(
                "{file}:{n}: {name}: `{code}` is not an error code (expected words joined by dots, like `FailedOperation.CVMError`); left out"
            ));
            comment.clear();
            continue;
        }
        if comment.is_empty() {
            return Err(ImportError::at(
                file,
                n,
                format!(
                    "`{code}` has no description: expected a `# ...` comment line right above it"
                ),
            ));
        }
        let description = comment.join(" ").trim().to_owned();
        comment.clear();
        if description.is_empty() {
            // The vendor's lists leave a few comments empty (`# `): the code is documented,
            // its meaning is not.
            notes.push(format!("{file}:{n}: `{code}` has an empty description"));
        }
        if let Some(first) = lines_of.insert(code.to_owned(), n) {
            return Err(ImportError::at(
                file,
                n,
                format!("duplicate code `{code}` (also line {first})"),
            ));
        }
        codes.push(ErrorSpec {
            description_en: None,
            description_zh: None,
            code: code.to_owned(),
            description,
        });
    }
    if codes.is_empty() {
        return Err(ImportError::file(
            file,
            "no error codes: expected lines `NAME = 'Code'`, each with a `# description` line above it",
        ));
    }
    Ok(codes)
}

/// `NAME = 'Code'` (or `"Code"`): the constant's name and the code.
fn assignment(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once('=')?;
    let name = name.trim();
    let value = value.trim();
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let quote = value.chars().next().filter(|q| *q == '\'' || *q == '"')?;
    let inner = value.strip_prefix(quote)?.strip_suffix(quote)?;
    (named && !inner.contains(quote)).then_some((name, inner))
}

/// Words of letters, digits and `_` joined by dots, each starting with a letter.
fn is_code(code: &str) -> bool {
    code.split('.').all(|w| {
        w.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}
