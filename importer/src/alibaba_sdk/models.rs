//! The SDK's model classes (`models/_<name>.py`, one class per request, answer body and
//! nested object; or the one `models.py` of older packages): each class's fields from its
//! `__init__` signature (Python name and annotation), the comment lines above each
//! `self.x = x` (the member's description) and the wire name `to_map` writes it under
//! (`result['WireName'] = self.x`).
//!
//! A class that cannot be read (a file cut short, a field with an annotation the SDK does
//! not write) is kept with what is wrong with it, so only the actions that use it are left
//! out.

use std::collections::BTreeMap;

use super::python::{ident_after, is_ident, Annotation};

/// One field of a model class.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Python name (`node_ids`).
    pub py: String,
    /// Its annotation, or what is wrong with it.
    pub annotation: Result<Annotation, String>,
    /// The comment lines above its assignment, `#` and one space removed, trimmed.
    pub description: String,
    /// The wire name `to_map` writes it under, when it does.
    pub wire: Option<String>,
}

/// One model class.
#[derive(Debug, Clone)]
pub struct ModelClass {
    /// Class name (`DescribeInvocationsResponseBodyInvocations`).
    pub name: String,
    /// The file, as `source` records it (`<package>/models/_x.py`).
    pub file: String,
    /// Fields in `__init__` order.
    pub fields: Vec<Field>,
    /// Why the class cannot be used, with the line.
    pub broken: Option<(usize, String)>,
}

impl ModelClass {
    /// The field named `py`.
    pub fn field(&self, py: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.py == py)
    }
}

/// Read every model class of one file into `out` (by class name).
pub fn read(file: &str, text: &str, out: &mut BTreeMap<String, ModelClass>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(name) = class_name(lines[i]) else {
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].starts_with("class ") || lines[j].starts_with("@"))
            .unwrap_or(lines.len());
        let class = read_class(file, name, i, &lines[i..end]);
        out.insert(class.name.clone(), class);
        i = end;
    }
}

/// `class X(DaraModel):` / `class X(TeaModel):` → `X`.
fn class_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("class ")?;
    let (name, base) = rest.split_once('(')?;
    let base = base.strip_suffix("):")?;
    (is_ident(name) && (base.ends_with("DaraModel") || base.ends_with("TeaModel"))).then_some(name)
}

/// One class, `lines[0]` being its `class` line (`start` its index in the file).
fn read_class(file: &str, name: &str, start: usize, lines: &[&str]) -> ModelClass {
    let mut class = ModelClass {
        name: name.to_owned(),
        file: file.to_owned(),
        fields: Vec::new(),
        broken: None,
    };
    let method = |pat: &str| lines.iter().position(|l| l.trim_start().starts_with(pat));
    let Some(init) = method("def __init__(") else {
        return class;
    };
    // `def __init__(self):`: a class without fields (an empty answer body).
    if lines[init].trim_end().ends_with("):") {
        return class;
    }
    let Some(close) = (init + 1..lines.len()).find(|&j| lines[j].trim() == "):") else {
        class.broken = Some((
            start + init + 1,
            "`def __init__(` is not closed by `):` before the class ends (a file cut short?)"
                .into(),
        ));
        return class;
    };
    for (j, l) in lines.iter().enumerate().take(close).skip(init + 1) {
        let arg = l.trim().trim_end_matches(',');
        if arg == "self" || arg.is_empty() {
            continue;
        }
        let line = start + j + 1;
        let Some((py, rest)) = arg.split_once(':') else {
            class.broken = Some((line, format!("expected `name: Type = None`, found `{arg}`")));
            return class;
        };
        let ann = rest.split_once('=').map_or(rest, |(a, _)| a).trim();
        let annotation = Annotation::parse(ann).ok_or_else(|| {
            format!(
                "{file}:{line}: field `{}`: unknown annotation `{ann}`",
                py.trim()
            )
        });
        class.fields.push(Field {
            py: py.trim().to_owned(),
            annotation,
            description: String::new(),
            wire: None,
        });
    }
    // The body: comments, then `self.x = x`.
    let body_end = (close + 1..lines.len())
        .find(|&j| lines[j].trim_start().starts_with("def "))
        .unwrap_or(lines.len());
    let mut comment: Vec<&str> = Vec::new();
    for l in &lines[close + 1..body_end] {
        let t = l.trim_start();
        if let Some(c) = t.strip_prefix('#') {
            comment.push(c.strip_prefix(' ').unwrap_or(c).trim_end());
        } else if let Some(py) = t.strip_prefix("self.").and_then(|r| r.split_once(" = ")) {
            if let Some(f) = class.fields.iter_mut().find(|f| f.py == py.0) {
                f.description = comment.join("\n").trim().to_owned();
            }
            comment.clear();
        }
    }
    // The wire names: `result['Wire']` and the field on that line or the next one naming one.
    if let Some(to_map) = method("def to_map(") {
        let end = (to_map + 1..lines.len())
            .find(|&j| lines[j].trim_start().starts_with("def "))
            .unwrap_or(lines.len());
        let body = &lines[to_map + 1..end];
        for (j, l) in body.iter().enumerate() {
            // `result['Wire'] = ...`, not `result['Wire'].append(...)`.
            let Some(wire) = l
                .split_once("result['")
                .and_then(|(_, r)| r.split_once("'] ="))
                .map(|(w, _)| w)
            else {
                continue;
            };
            if class.fields.iter().any(|f| f.wire.as_deref() == Some(wire)) {
                continue;
            }
            let py = ident_after(l, "self.")
                .or_else(|| body[j + 1..].iter().find_map(|n| ident_after(n, "self.")));
            if let Some(f) = py.and_then(|py| class.fields.iter_mut().find(|f| f.py == py)) {
                if f.wire.is_none() {
                    f.wire = Some(wire.to_owned());
                }
            }
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW: &str = "\
from darabonba.model import DaraModel

class WidgetRequest(DaraModel):
    def __init__(
        self,
        name: str = None,
        tags: List[main_models.WidgetRequestTags] = None,
        extra: Dict[str, Any] = None,
    ):
        # The widget's name.
        # 
        # - first line
        #     - nested
        # 
        # This parameter is required.
        self.name = name
        # Tags.
        self.tags = tags
        self.extra = extra

    def validate(self):
        pass

    def to_map(self):
        result = dict()
        if self.name is not None:
            result['Name'] = self.name

        result['Tags'] = []
        if self.tags is not None:
            for k1 in self.tags:
                result['Tags'].append(k1.to_map() if k1 else None)

        if self.extra is not None:
            result['Extra'] = self.extra

        return result

class WidgetRequestTags(DaraModel):
    def __init__(
        self,
        key: str = None,
    ):
        self.key = key

    def to_map(self):
        result = dict()
        if self.key is not None:
            result['key'] = self.key
        return result
";

    #[test]
    fn fields_descriptions_and_wire_names() {
        let mut out = BTreeMap::new();
        read("p/models/_widget_request.py", NEW, &mut out);
        let c = &out["WidgetRequest"];
        assert!(c.broken.is_none());
        let names: Vec<_> = c
            .fields
            .iter()
            .map(|f| (f.py.as_str(), f.wire.as_deref().unwrap()))
            .collect();
        assert_eq!(
            names,
            [("name", "Name"), ("tags", "Tags"), ("extra", "Extra")]
        );
        assert_eq!(
            c.fields[0].description,
            "The widget's name.\n\n- first line\n    - nested\n\nThis parameter is required."
        );
        assert_eq!(
            c.fields[1].annotation,
            Ok(Annotation::List(Box::new(Annotation::Model(
                "WidgetRequestTags".into()
            ))))
        );
        assert_eq!(
            out["WidgetRequestTags"].fields[0].wire.as_deref(),
            Some("key")
        );
    }

    #[test]
    fn a_cut_file_and_an_unknown_annotation_name_their_line() {
        let mut out = BTreeMap::new();
        let cut = &NEW[..NEW.find("        extra").unwrap()];
        read("m.py", cut, &mut out);
        let (line, why) = out["WidgetRequest"].broken.clone().unwrap();
        assert_eq!(line, 4);
        assert!(why.contains("not closed"), "{why}");
        let odd = NEW.replace("extra: Dict[str, Any]", "extra: Set[str]");
        read("m.py", &odd, &mut out);
        let f = out["WidgetRequest"].field("extra").unwrap();
        assert_eq!(
            f.annotation,
            Err("m.py:8: field `extra`: unknown annotation `Set[str]`".into())
        );
    }
}
