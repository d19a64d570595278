//! Error-code lists: an action's page table, and the service's own codes in `service.json`.
//! Both are lists a source gives in full, so they follow the source; a code it drops is
//! reported, and a description in the other language than the list's goes beside the list's.

use codegen::spec::{ErrorSourceSpec, ErrorSpec, ServiceFile};

use super::{Log, MergeOptions};
use crate::facts::Origin;

/// Merge one list of codes. `place` names the list in report lines (`errors`,
/// `service_errors`).
pub(super) fn merge_errors(
    file: &str,
    place: &str,
    old: &[ErrorSpec],
    new: &[ErrorSpec],
    file_language: &str,
    input_language: &str,
    log: &mut Log,
) -> Vec<ErrorSpec> {
    let same_language = file_language == input_language;
    let mut out = Vec::new();
    for e in new {
        match old.iter().find(|o| o.code == e.code) {
            Some(o) if !same_language => {
                let mut kept = o.clone();
                kept.set_description_in(file_language, input_language, e.description.clone());
                out.push(kept);
            }
            Some(o) => {
                if o.description != e.description {
                    log.say(format!("{file}: {place}.{}: description replaced", e.code));
                }
                out.push(e.clone());
            }
            None => {
                if !old.is_empty() {
                    log.say(format!("{file}: {place}.{}: new error code", e.code));
                }
                let mut added = e.clone();
                if !same_language {
                    added.description = String::new();
                    added.set_description_in(file_language, input_language, e.description.clone());
                }
                out.push(added);
            }
        }
    }
    for o in old {
        if !new.iter().any(|e| e.code == o.code) {
            log.say(format!(
                "{file}: {place}.{}: removed (the input does not list it)",
                o.code
            ));
        }
    }
    out
}

/// Merge the service's own codes (the SDK's `errorcodes.py`) into `service.json`, recording
/// where they came from. `file` names `service.json` in report lines.
pub fn merge_service_errors(
    service: &mut ServiceFile,
    codes: &[ErrorSpec],
    origin: &Origin,
    opts: &MergeOptions,
    file: &str,
    log: &mut Log,
) {
    let old_language = service
        .service_errors_source
        .as_ref()
        .map(|s| s.language.clone());
    let _ = opts;
    let language = old_language
        .clone()
        .unwrap_or_else(|| origin.language.clone());
    if let Some(old) = old_language.as_ref().filter(|old| **old != origin.language) {
        log.say(format!(
            "{file}: service_errors: the list stays in `{old}`; the input's `{}` descriptions go beside it",
            origin.language
        ));
    }
    let package = origin.package.clone().unwrap_or_default();
    if service.service_errors.is_empty() {
        log.say(format!(
            "{file}: service_errors: {} codes from {package}",
            codes.len()
        ));
    }
    service.service_errors = merge_errors(
        file,
        "service_errors",
        &service.service_errors,
        codes,
        &language,
        &origin.language,
        log,
    );
    service.service_errors_source = Some(ErrorSourceSpec {
        source: origin.source.clone(),
        package,
        language,
    });
}
