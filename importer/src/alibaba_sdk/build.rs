//! An SDK package's client and models as the importer's facts: one action per method the
//! spec can express, its members typed and placed, the nested classes as named object
//! types, the service's protocol and endpoints; the rest left out with a report line each.

use std::collections::{BTreeMap, BTreeSet};

use codegen::spec::{AnswerBodySpec, BodyEncodingSpec, HttpSpec, LocationSpec, ProtocolSpec};

use super::client::{Call, Client};
use super::models::{Field, ModelClass};
use super::naming::{model_of, names};
use super::python::Annotation;
use crate::facts::{
    ActionFacts, MemberFacts, Origin, ServiceReach, SourceFacts, SourceKind, TypeFact, TypeFacts,
    Vendor,
};
use crate::markup;
use crate::prose;

/// What the package is, for the facts' origin and the service file.
pub struct Package<'a> {
    /// The input as given.
    pub file: &'a str,
    /// The product id (`cs`).
    pub product: &'a str,
    /// The API version (`2015-12-15`).
    pub version: &'a str,
    /// `client.py` as `source` records it.
    pub client_file: &'a str,
    /// `alibabacloud-cs20151215 7.2.3`.
    pub package: String,
    /// The service's title.
    pub title: String,
}

/// The sentence that marks a request member required; it leaves the description.
const REQUIRED: &str = "This parameter is required.";

/// One request member of an action, before it is typed.
struct Placed<'a> {
    field: Option<&'a Field>,
    wire: String,
    location: LocationSpec,
    style: Option<codegen::spec::StyleSpec>,
}

/// An action the spec can express, its members found.
struct Plan<'a> {
    call: &'a Call,
    input: Vec<Placed<'a>>,
    output: Option<&'a ModelClass>,
}

/// The facts of the package.
pub fn facts(
    pkg: &Package<'_>,
    client: &Client,
    classes: &BTreeMap<String, ModelClass>,
) -> SourceFacts {
    let mut notes = Vec::new();
    let left_out = |notes: &mut Vec<String>, action: &str, why: &str| {
        notes.push(format!("left out: {} {action}: {why}", pkg.product));
    };
    let ok: Vec<&Call> = client
        .calls
        .iter()
        .filter_map(|c| c.as_ref().ok())
        .collect();
    let roa = ok.iter().filter(|c| c.style == "ROA").count();
    let style = if roa * 2 > ok.len() { "ROA" } else { "RPC" };
    let mut plans = Vec::new();
    for call in &client.calls {
        let call = match call {
            Ok(c) => c,
            Err(s) => {
                left_out(&mut notes, &s.action, &s.why);
                continue;
            }
        };
        if call.style != style {
            left_out(
                &mut notes,
                &call.action,
                &format!(
                    "its style is {}, the product's is {style} ({}:{})",
                    call.style, pkg.client_file, call.line
                ),
            );
            continue;
        }
        match plan(call, classes) {
            Ok(p) => plans.push(p),
            Err(why) => left_out(
                &mut notes,
                &call.action,
                &format!("{why} ({}:{})", pkg.client_file, call.line),
            ),
        }
    }
    // Every class an action's members reach, named; and those a request reaches.
    let mut requested = BTreeSet::new();
    for p in &plans {
        for class in p
            .input
            .iter()
            .filter_map(|m| m.field)
            .filter_map(|f| f.annotation.as_ref().ok().and_then(model_of))
        {
            reach(classes, class, &mut requested);
        }
    }
    let tops: Vec<(String, String)> = plans
        .iter()
        .flat_map(|p| {
            let input = p.call.request.iter().chain(&p.call.headers);
            input
                .chain(p.output.map(|o| &o.name))
                .map(|c| (p.call.action.clone(), c.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let named = names(classes, &tops);
    let mut actions = Vec::new();
    for p in &plans {
        let input: Vec<MemberFacts> = p.input.iter().map(|m| request_member(m, &named)).collect();
        let output = p.output.map_or_else(Vec::new, |o| {
            o.fields
                .iter()
                .filter(|f| f.wire.is_some())
                .map(|f| member(f, f.wire.as_deref().unwrap_or_default(), false, &named))
                .collect()
        });
        let http = HttpSpec {
            method: p.call.method.clone(),
            path: p.call.path.clone(),
            body: Some(if p.call.req_body_type == "json" {
                BodyEncodingSpec::Json
            } else {
                BodyEncodingSpec::Form
            }),
            answer: Some(if p.call.body_type == "none" {
                AnswerBodySpec::None
            } else {
                AnswerBodySpec::Json
            }),
        };
        actions.push(ActionFacts {
            name: p.call.action.clone(),
            description: p.call.summary.as_deref().map(commonmark),
            rules: prose::rules(&prose::flattened(&input)),
            input: Some(input),
            output: Some(output),
            http: Some(http),
            ..ActionFacts::default()
        });
    }
    let types = types(classes, &named, &requested);
    let host = |rule: &str| format!("{}.{rule}aliyuncs.com", pkg.product);
    let regional = client.rule.as_deref() == Some("regional");
    let default_host = |region: &str| {
        if regional {
            host(&format!("{region}."))
        } else {
            host("")
        }
    };
    let reach = ServiceReach {
        protocol: if style == "ROA" {
            ProtocolSpec::Acs3Roa
        } else {
            ProtocolSpec::Acs3Rpc
        },
        regional_endpoint: regional.then(|| host("{region}.")),
        endpoints: if regional { Vec::new() } else { vec![host("")] },
        endpoint_map: client
            .endpoint_map
            .iter()
            .filter(|(region, h)| **h != default_host(region))
            .map(|(r, h)| (r.clone(), h.clone()))
            .collect(),
    };
    SourceFacts {
        file: pkg.file.to_owned(),
        origin: Origin {
            kind: SourceKind::Metadata,
            source: pkg.client_file.to_owned(),
            updated: None,
            package: Some(pkg.package.clone()),
            language: "en".to_owned(),
        },
        vendor: Vendor::Alibaba,
        service: Some(pkg.product.to_owned()),
        version: Some(pkg.version.to_owned()),
        title: Some(pkg.title.clone()),
        domain: None,
        reach: Some(reach),
        whole: true,
        actions,
        types,
        service_errors: None,
        notes,
    }
}

/// Check an action can be expressed and find its members.
fn plan<'a>(call: &'a Call, classes: &'a BTreeMap<String, ModelClass>) -> Result<Plan<'a>, String> {
    match call.body_type.as_str() {
        "json" | "none" => {}
        "array" => return Err("its answer is a JSON array".into()),
        "string" => return Err("its answer is a string".into()),
        other => return Err(format!("its answer is `{other}`")),
    }
    if !matches!(call.req_body_type.as_str(), "formData" | "json") {
        return Err(format!("its request body is `{}`", call.req_body_type));
    }
    let class = |name: &str| -> Result<&'a ModelClass, String> {
        let c = classes
            .get(name)
            .ok_or_else(|| format!("its model class {name} is not in the package"))?;
        match &c.broken {
            Some((line, why)) => Err(format!("{}:{line}: {why}", c.file)),
            None => Ok(c),
        }
    };
    let request = call.request.as_deref().map(class).transpose()?;
    let headers = call.headers.as_deref().map(class).transpose()?;
    let mut input: Vec<Placed<'a>> = call
        .path_args
        .iter()
        .map(|(_, wire)| Placed {
            field: None,
            wire: wire.clone(),
            location: LocationSpec::Path,
            style: None,
        })
        .collect();
    if let (Some(location), Some(r)) = (call.whole_request, request) {
        for f in r.fields.iter().filter(|f| f.wire.is_some()) {
            input.push(Placed {
                field: Some(f),
                wire: f.wire.clone().unwrap_or_default(),
                location,
                style: None,
            });
        }
    }
    for b in &call.bindings {
        let owner = if b.header_class { headers } else { request };
        let Some(f) = owner.and_then(|c| c.field(&b.py)) else {
            return Err(format!(
                "it sends `{}`, which its request model does not have",
                b.py
            ));
        };
        if input.iter().any(|m| m.wire == b.wire) {
            continue;
        }
        input.push(Placed {
            field: Some(f),
            wire: b.wire.clone(),
            location: b.location,
            style: b.style,
        });
    }
    let output = if call.body_type == "none" {
        None
    } else {
        let response = class(&call.response)?;
        let body = match response.field("body").map(|f| &f.annotation) {
            Some(Ok(a)) => model_of(a).ok_or_else(|| {
                "its answer is a JSON value without documented members".to_owned()
            })?,
            Some(Err(e)) => return Err(e.clone()),
            None => return Err(format!("{} has no `body` field", call.response)),
        };
        Some(class(body)?)
    };
    // Every class the members reach must be readable.
    let mut seen = BTreeSet::new();
    let fields = input
        .iter()
        .filter_map(|m| m.field)
        .chain(output.iter().flat_map(|o| o.fields.iter()));
    let mut todo: Vec<&Field> = fields.collect();
    while let Some(f) = todo.pop() {
        let a = f.annotation.as_ref().map_err(Clone::clone)?;
        if let Annotation::Binary = a {
            return Err(format!("member `{}` is a file to upload", f.py));
        }
        if let Some(c) = model_of(a) {
            if seen.insert(c) {
                todo.extend(class(c)?.fields.iter());
            }
        }
    }
    Ok(Plan {
        call,
        input,
        output,
    })
}

/// Every class reachable from `class`, itself included.
fn reach<'a>(
    classes: &'a BTreeMap<String, ModelClass>,
    class: &'a str,
    out: &mut BTreeSet<String>,
) {
    if !out.insert(class.to_owned()) {
        return;
    }
    for f in classes
        .get(class)
        .map(|c| c.fields.as_slice())
        .unwrap_or(&[])
    {
        if let Some(c) = f.annotation.as_ref().ok().and_then(model_of) {
            reach(classes, c, out);
        }
    }
}

/// The spec type of an annotation: the type, and whether it is a list.
fn spec_type(a: &Annotation, named: &BTreeMap<String, String>) -> (TypeFact, bool) {
    let scalar = |a: &Annotation| match a {
        Annotation::Str => Some(TypeFact::String),
        Annotation::Int => Some(TypeFact::Integer),
        Annotation::Float => Some(TypeFact::Number),
        Annotation::Bool => Some(TypeFact::Boolean),
        Annotation::Model(c) => Some(TypeFact::Object(
            named.get(c).cloned().unwrap_or_else(|| c.clone()),
        )),
        _ => None,
    };
    match a {
        Annotation::List(inner) => match scalar(inner) {
            Some(t) => (t, true),
            None => (TypeFact::Json, false),
        },
        other => (scalar(other).unwrap_or(TypeFact::Json), false),
    }
}

/// A member from a model field: typed, its description without the required sentence
/// (`required` counts only where a request holds it), prose facts read.
fn member(f: &Field, wire: &str, requested: bool, named: &BTreeMap<String, String>) -> MemberFacts {
    let (ty, list) = f
        .annotation
        .as_ref()
        .map_or((TypeFact::Json, false), |a| spec_type(a, named));
    let required = f.description.contains(REQUIRED);
    let description = if required {
        tidy(&f.description.replace(REQUIRED, ""))
    } else {
        f.description.clone()
    };
    let description = commonmark(&description);
    let mut m = MemberFacts::new(wire, ty, list, description.clone());
    m.required = Some(requested && required);
    prose::apply(&mut m);
    // Nothing of the description moved elsewhere (the SDK has no examples, no filter lists).
    m.description = description;
    m
}

/// The SDK's comment text (Markdown, some HTML) as the spec's CommonMark; its relative
/// links point into Alibaba Cloud's English documentation. The SDK writes each backslash
/// escape of its documentation twice (`\\` then `` ` ``, `]`, `*`, `<`, `&`, `"`): read with
/// one, as the documentation meant (an escaped character, not a backslash before markup).
fn commonmark(text: &str) -> String {
    let mut undoubled = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\\\") {
        undoubled.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        if after.starts_with(|c: char| c.is_ascii_punctuation() && c != '\\') {
            undoubled.push('\\');
        } else {
            undoubled.push_str("\\\\");
        }
        rest = after;
    }
    undoubled.push_str(rest);
    markup::from_vendor(&undoubled, markup::Site::alibaba("en"))
}

/// Lines trimmed at their end, runs of blank lines made one, the whole trimmed.
fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for l in text.lines().map(str::trim_end) {
        if l.is_empty() && out.last().is_none_or(|p| p.is_empty()) {
            continue;
        }
        out.push(l);
    }
    out.join("\n").trim().to_owned()
}

fn request_member(m: &Placed<'_>, named: &BTreeMap<String, String>) -> MemberFacts {
    let mut out = match m.field {
        Some(f) => member(f, &m.wire, true, named),
        None => {
            let mut p = MemberFacts::new(&m.wire, TypeFact::String, false, String::new());
            p.required = Some(true);
            p
        }
    };
    out.location = Some(m.location);
    out.style = m.style;
    out
}

/// One object type per name; classes sharing a name have one shape, the first in name order
/// gives the descriptions.
fn types(
    classes: &BTreeMap<String, ModelClass>,
    named: &BTreeMap<String, String>,
    requested: &BTreeSet<String>,
) -> Vec<TypeFacts> {
    // The description of a type: that of the first field naming it.
    let mut described: BTreeMap<&str, &str> = BTreeMap::new();
    for c in classes.values() {
        for f in &c.fields {
            if let Some(child) = f.annotation.as_ref().ok().and_then(model_of) {
                described.entry(child).or_insert(&f.description);
            }
        }
    }
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for (class, name) in named {
        if !done.insert(name.clone()) {
            continue;
        }
        // A class only an unsent request field names may be missing: nothing uses it.
        let Some(c) = classes.get(class) else {
            continue;
        };
        let description = described
            .get(class.as_str())
            .map(|d| commonmark(d.split("\n\n").next().unwrap_or_default().trim()))
            .filter(|d| !d.is_empty());
        out.push(TypeFacts {
            name: name.clone(),
            source: Some(c.file.clone()),
            description,
            members: c
                .fields
                .iter()
                .filter(|f| f.wire.is_some())
                .map(|f| {
                    member(
                        f,
                        f.wire.as_deref().unwrap_or_default(),
                        requested.contains(class),
                        named,
                    )
                })
                .collect(),
        });
    }
    out
}

#[cfg(test)]
mod tests;
