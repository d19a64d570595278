//! Tencent's published API metadata: the `api.json` of one service version that the `tccli`
//! packages ship under `tccli/services/<service>/v<version>/`, with the `examples.json`
//! beside it. The pages are rendered from it; its `document` fields are HTML and Markdown,
//! turned into CommonMark (`markup::from_vendor`, the vendor's site of the package's language
//! for relative links), which the one prose extractor reads as plain text.

use std::collections::BTreeSet;
use std::path::Path;

use codegen::spec::{ExampleSpec, FormatSpec};
use serde_json::Value;

use crate::error::ImportError;
use crate::facts::{
    ActionFacts, MemberFacts, Origin, SourceFacts, SourceKind, TypeFact, TypeFacts, Vendor,
};
use crate::markup::{self, Site};
use crate::prose;

/// Whether this front end reads the text.
pub fn detect(text: &str) -> bool {
    // Cheap: the three top-level keys every api.json has.
    text.contains("\"actions\"") && text.contains("\"objects\"") && text.contains("\"metadata\"")
}

/// Whether text is Chinese (the `tccli` package) rather than English (`tccli-intl-en`).
fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The package and version that shipped a metadata file: `tccli/__init__.py` holds the
/// version, the `*.dist-info` folder beside `tccli/` the distribution's name.
fn package_of(path: &Path) -> Option<(String, String)> {
    let services = path
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n == "services"))?;
    let (dist, version) = crate::package::shipped_by(services.parent()?, None)?;
    Some((dist.unwrap_or_else(|| "tccli".to_owned()), version))
}

/// Read `api.json` (and `examples.json` beside it, when there).
pub fn read(file: &str, path: &Path, text: &str) -> Result<SourceFacts, ImportError> {
    let api: Value = serde_json::from_str(text).map_err(|e| {
        ImportError::at(
            file,
            e.line(),
            format!("invalid JSON (column {}): {e}", e.column()),
        )
    })?;
    let meta = api
        .get("metadata")
        .ok_or_else(|| ImportError::file(file, "expected a `metadata` object"))?;
    let service = str_field(meta, "serviceShortName")
        .ok_or_else(|| ImportError::file(file, "expected `metadata.serviceShortName`"))?;
    let version = str_field(meta, "apiVersion")
        .ok_or_else(|| ImportError::file(file, "expected `metadata.apiVersion`"))?;
    let actions = api
        .get("actions")
        .and_then(Value::as_object)
        .ok_or_else(|| ImportError::file(file, "expected an `actions` object"))?;
    let objects = api
        .get("objects")
        .and_then(Value::as_object)
        .ok_or_else(|| ImportError::file(file, "expected an `objects` object"))?;
    let (package, pkg_version) = package_of(path).ok_or_else(|| {
        ImportError::file(file, "cannot tell which package shipped this metadata: expected it under `tccli/services/<service>/v<version>/` with `tccli/__init__.py` holding `__version__` (run scripts/fetch-metadata.sh)")
    })?;
    // The package says the language (`tccli-intl-en` is English); the text decides otherwise.
    let language = if package.ends_with("-en") {
        "en"
    } else if is_chinese(text) {
        "zh"
    } else {
        "en"
    };
    let examples_path = path.with_file_name("examples.json");
    let examples: Option<Value> = match std::fs::read_to_string(&examples_path) {
        Ok(t) => Some(serde_json::from_str(&t).map_err(|e| {
            ImportError::at(
                &examples_path.display().to_string(),
                e.line(),
                format!("invalid JSON (column {}): {e}", e.column()),
            )
        })?),
        Err(_) => None,
    };
    let mut notes = Vec::new();
    if examples.is_none() {
        notes.push(format!(
            "{file}: no examples.json beside it; examples left as they are"
        ));
    }
    let mut out_actions = Vec::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let requested = requested_objects(actions, objects);
    // Relative links point into the vendor's site of the package's language.
    let site = Site::tencent(language);
    let doc = |d: &str| markup::from_vendor(d, site);
    let members = |object: &str, used: &mut BTreeSet<String>, notes: &mut Vec<String>| {
        members(
            file,
            objects,
            object,
            requested.contains(object),
            site,
            used,
            notes,
        )
    };
    for (name, a) in actions {
        if str_field(a, "status").is_some_and(|s| s != "online") {
            notes.push(format!(
                "{file}: action {name} is not online ({}); left out",
                str_field(a, "status").unwrap_or_default()
            ));
            continue;
        }
        let input_obj = str_field(a, "input").unwrap_or_default();
        let output_obj = str_field(a, "output").unwrap_or_default();
        let input = members(&input_obj, &mut used, &mut notes)?;
        let mut output = members(&output_obj, &mut used, &mut notes)?;
        // The pages list RequestId; some metadata versions leave it implicit.
        if !output.iter().any(|m| m.name == "RequestId") {
            output.push(MemberFacts::new(
                "RequestId",
                TypeFact::String,
                false,
                String::new(),
            ));
        }
        let rules = prose::rules(&prose::flattened(&input));
        let (examples, unreadable) = match &examples {
            Some(ex) => action_examples(file, ex, name, site, &mut notes),
            None => (None, Vec::new()),
        };
        out_actions.push(ActionFacts {
            name: name.clone(),
            description: str_field(a, "document").map(|d| doc(&d)),
            rate_limit: None,
            region_required: None,
            access_level: None,
            http: None,
            input: Some(input),
            output: Some(output),
            rules,
            errors: None,
            examples,
            unreadable_examples: unreadable,
        });
    }
    // Object types, each with the types it uses, until closed.
    let mut types = Vec::new();
    let mut done: BTreeSet<String> = BTreeSet::new();
    while let Some(name) = used.iter().find(|n| !done.contains(*n)).cloned() {
        done.insert(name.clone());
        let Some(obj) = objects.get(&name) else {
            notes.push(format!(
                "{file}: type {name} is used but not defined in `objects`"
            ));
            continue;
        };
        let ms = members(&name, &mut used, &mut notes)?;
        types.push(TypeFacts {
            name: name.clone(),
            source: None,
            description: str_field(obj, "document").map(|d| doc(&d)),
            members: ms,
        });
    }
    Ok(SourceFacts {
        file: file.to_owned(),
        origin: Origin {
            kind: SourceKind::Metadata,
            source: format!(
                "tccli/services/{service}/v{}/api.json",
                version.replace('-', "")
            ),
            updated: None,
            package: Some(format!("{package} {pkg_version}")),
            language: language.to_owned(),
        },
        vendor: Vendor::Tencent,
        title: str_field(meta, "serviceNameCN"),
        service: Some(service),
        version: Some(version),
        domain: None,
        reach: None,
        whole: true,
        actions: out_actions,
        types,
        service_errors: None,
        notes,
    })
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// The objects a request can hold: the online actions' input objects and every object
/// their members reach.
fn requested_objects(
    actions: &serde_json::Map<String, Value>,
    objects: &serde_json::Map<String, Value>,
) -> BTreeSet<String> {
    let mut todo: Vec<String> = actions
        .values()
        .filter(|a| str_field(a, "status").is_none_or(|s| s == "online"))
        .filter_map(|a| str_field(a, "input"))
        .collect();
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let members = objects
            .get(&name)
            .and_then(|o| o.get("members"))
            .and_then(Value::as_array);
        for m in members.into_iter().flatten() {
            if let Some(item) = str_field(m, "member") {
                if objects.contains_key(&item) {
                    todo.push(item);
                }
            }
        }
    }
    seen
}

/// The members of one object, as facts; object types they name are added to `used`.
///
/// `required` counts only where a request can hold the object (`requested`). Objects only
/// answers hold are read with every member optional, whatever the metadata says: older
/// metadata marks the members of answers `required`, newer metadata `output_required`
/// instead, and the vendor's own examples of answers leave such members out. Both
/// generations so give the same SDK.
fn members(
    file: &str,
    objects: &serde_json::Map<String, Value>,
    object: &str,
    requested: bool,
    site: Site,
    used: &mut BTreeSet<String>,
    notes: &mut Vec<String>,
) -> Result<Vec<MemberFacts>, ImportError> {
    let obj = objects.get(object).ok_or_else(|| {
        ImportError::file(
            file,
            format!("object `{object}` is named but not defined in `objects`"),
        )
    })?;
    let list = obj
        .get("members")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, m) in list.iter().enumerate() {
        let place = format!("objects.{object}.members[{i}]");
        let name = str_field(m, "name")
            .ok_or_else(|| ImportError::file(file, format!("{place}: expected a `name`")))?;
        if m.get("disabled").and_then(Value::as_bool) == Some(true) {
            notes.push(format!(
                "{file}: {place} ({name}) is disabled in the metadata; left out"
            ));
            continue;
        }
        let kind = str_field(m, "type").unwrap_or_default();
        let item = str_field(m, "member").unwrap_or_default();
        let (ty, format, list) = member_type(&kind, &item).ok_or_else(|| {
            ImportError::file(file, format!("{place} ({name}): type `{kind}` of `{item}`, which the spec format cannot express yet"))
        })?;
        if let TypeFact::Object(t) = &ty {
            used.insert(t.clone());
        }
        let doc = markup::from_vendor(&str_field(m, "document").unwrap_or_default(), site);
        let mut f = MemberFacts::new(&name, ty, list, doc);
        f.format = format;
        f.required = if requested {
            m.get("required").and_then(Value::as_bool)
        } else {
            Some(false)
        };
        f.nullable = m
            .get("value_allowed_null")
            .and_then(Value::as_bool)
            .filter(|n| *n);
        if let Some(ex) = str_field(m, "example") {
            f.example = prose::typed_value(&f.ty, f.list, &ex);
        }
        prose::apply(&mut f);
        out.push(f);
    }
    Ok(out)
}

/// The metadata's type pair (`type`, `member`) as a spec type.
fn member_type(kind: &str, item: &str) -> Option<(TypeFact, Option<FormatSpec>, bool)> {
    let scalar = |item: &str| -> Option<(TypeFact, Option<FormatSpec>)> {
        Some(match item {
            "string" | "datetime" | "date" => (TypeFact::String, None),
            "datetime_iso" => (TypeFact::String, Some(FormatSpec::DateTime)),
            "int64" | "int" => (TypeFact::Integer, None),
            "uint64" => (TypeFact::Integer, Some(FormatSpec::Uint64)),
            "bool" => (TypeFact::Boolean, None),
            "float" => (TypeFact::Number, Some(FormatSpec::Float)),
            "double" => (TypeFact::Number, Some(FormatSpec::Double)),
            "binary" => (TypeFact::String, Some(FormatSpec::Binary)),
            other if other.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => {
                (TypeFact::Object(other.to_owned()), None)
            }
            _ => return None,
        })
    };
    match kind {
        "list" => scalar(item).map(|(t, f)| (t, f, true)),
        "object" | "string" | "int" | "int64" | "uint64" | "bool" | "float" | "double"
        | "binary" => scalar(item).map(|(t, f)| (t, f, false)),
        _ => None,
    }
}

/// The documented examples of one action from `examples.json`.
fn action_examples(
    file: &str,
    ex: &Value,
    action: &str,
    site: Site,
    notes: &mut Vec<String>,
) -> (Option<Vec<ExampleSpec>>, Vec<String>) {
    let Some(list) = ex
        .get("actions")
        .and_then(|a| a.get(action))
        .and_then(Value::as_array)
    else {
        return (Some(Vec::new()), Vec::new());
    };
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let title = str_field(e, "title").unwrap_or_default().trim().to_owned();
        let place = format!("examples.json: actions.{action}[{i}] `{title}`");
        let request = match str_field(e, "input").as_deref().map(http_body) {
            Some(Some(body)) => {
                match parse_repairing(body, &format!("{file}: {place}: the request"), notes) {
                    Ok(v) => Some(v),
                    Err(err) => {
                        notes.push(format!("{file}: {place}: the request is not valid JSON (line {}, column {}): {err}; example left out", err.line(), err.column()));
                        unreadable.push(title);
                        continue;
                    }
                }
            }
            _ => None,
        };
        let response = match str_field(e, "output")
            .map(|o| parse_repairing(&o, &format!("{file}: {place}: the response"), notes))
        {
            Some(Ok(v)) => v,
            Some(Err(err)) => {
                notes.push(format!("{file}: {place}: the response is not valid JSON (line {}, column {}): {err}; example left out", err.line(), err.column()));
                unreadable.push(title);
                continue;
            }
            None => {
                notes.push(format!("{file}: {place}: no response; example left out"));
                unreadable.push(title);
                continue;
            }
        };
        out.push(ExampleSpec {
            title_en: None,
            title_zh: None,
            description_en: None,
            description_zh: None,
            title,
            description: markup::from_vendor(&str_field(e, "document").unwrap_or_default(), site),
            request,
            response,
            repairs: Vec::new(),
        });
    }
    (Some(out), unreadable)
}

/// Most commas [`parse_repairing`] puts back in one example.
const MAX_REPAIRS: usize = 20;

/// Parse `text` as JSON; when the only faults are missing commas between two members or
/// items on separate lines (the vendor's translated examples lose the comma at the end of
/// a translated line), put each one back and say where in `notes`. Any other fault is the
/// first parse error.
pub(crate) fn parse_repairing(
    text: &str,
    what: &str,
    notes: &mut Vec<String>,
) -> Result<Value, serde_json::Error> {
    let first = match serde_json::from_str::<Value>(text) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let mut fixed = text.to_owned();
    let mut places = Vec::new();
    while places.len() < MAX_REPAIRS {
        let err = match serde_json::from_str::<Value>(&fixed) {
            Ok(v) => {
                notes.push(format!(
                    "{what} lacked a comma at {}; put back",
                    places.join(", ")
                ));
                return Ok(v);
            }
            Err(e) => e,
        };
        let message = err.to_string();
        if !message.starts_with("expected `,` or `}`")
            && !message.starts_with("expected `,` or `]`")
        {
            break;
        }
        let Some(at) = offset_of(&fixed, err.line(), err.column()) else {
            break;
        };
        // serde_json points at the character after the missing comma; the comma goes
        // after the last value, which must end a line before it.
        let before = fixed[..at].trim_end_matches([' ', '\t', '\r']);
        let Some(gap) = before.strip_suffix('\n').map(str::len) else {
            break;
        };
        let value_end = fixed[..gap].trim_end().len();
        if value_end == 0 {
            break;
        }
        places.push(format!("line {} (after column {})", err.line() - 1, {
            let line_start = fixed[..value_end].rfind('\n').map_or(0, |i| i + 1);
            fixed[line_start..value_end].chars().count()
        }));
        fixed.insert(value_end, ',');
    }
    Err(first)
}

/// The byte offset of 1-based `line` and `column` (serde_json counts the column in bytes,
/// pointing at the offending character).
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let at = start + column.saturating_sub(1);
    (at <= text.len() && text.is_char_boundary(at)).then_some(at)
}

/// The JSON body of an HTTP example: what follows the first empty line (or the first `{`).
fn http_body(http: &str) -> Option<&str> {
    let start = http
        .find("\n{")
        .map(|i| i + 1)
        .or_else(|| http.starts_with('{').then_some(0))?;
    Some(http[start..].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_commas_at_line_ends_are_put_back_and_reported() {
        let mut notes = Vec::new();
        let text = "{\n  \"a\": \"x\"\n  \"b\": [1\n    2],\n  \"c\": {}\n  \"d\": true\n}";
        let v = parse_repairing(text, "the response", &mut notes).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": "x", "b": [1, 2], "c": {}, "d": true})
        );
        assert_eq!(
            notes,
            ["the response lacked a comma at line 2 (after column 10), line 3 (after column 9), line 5 (after column 9); put back"]
        );
    }

    #[test]
    fn other_faults_are_the_first_error() {
        let mut notes = Vec::new();
        for text in [
            "{\"a\": \"x\" \"b\": 1}",
            "{\"a\": }",
            "{\n\"a\": 1\n\"b\" 2}",
        ] {
            assert!(parse_repairing(text, "r", &mut notes).is_err(), "{text}");
        }
        assert!(notes.is_empty());
    }
}
