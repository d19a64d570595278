//! Error-code lists: an action's page table, and the service's own codes in `service.json`.
//! Both are lists a source gives in full, so they follow the source; a code it drops is
//! reported, and descriptions are replaced only in the list's own language.

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
    same_language: bool,
    log: &mut Log,
) -> Vec<ErrorSpec> {
    let mut out = Vec::new();
    for e in new {
        match old.iter().find(|o| o.code == e.code) {
            Some(o) if !same_language => out.push(o.clone()),
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
                out.push(e.clone());
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
    let language = opts
        .language
        .clone()
        .or_else(|| old_language.clone())
        .unwrap_or_else(|| origin.language.clone());
    let same_language = language == origin.language;
    match &old_language {
        Some(old) if !same_language => log.say(format!(
            "{file}: service_errors: descriptions kept in `{old}`: the input is `{}` (pass --language {} to switch them)",
            origin.language, origin.language
        )),
        Some(old) if *old != language => log.say(format!(
            "{file}: service_errors: language switched from `{old}` to `{language}`"
        )),
        _ => {}
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
        same_language,
        log,
    );
    service.service_errors_source = Some(ErrorSourceSpec {
        source: origin.source.clone(),
        package,
        language,
    });
}
