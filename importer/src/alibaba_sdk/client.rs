//! The SDK's `client.py`: the service's endpoint rule and map, its product id, and one
//! `<snake>_with_options` method per action (the `_async` twins say the same), read for the
//! action's HTTP binding (`Params(action, ..., pathname, method, style, req_body_type,
//! body_type)`, or the older `do_rpcrequest`/`do_roarequest` calls), its path arguments and
//! where each request member goes (`query['Wire'] = request.x`, `body[...]`,
//! `real_headers[...]`, the "shrink" conversions and their style).
//!
//! A method this reader cannot follow is kept as [`Skipped`], with its line and why, so one
//! odd action is reported and left out rather than failing the product.

use std::collections::BTreeMap;

use codegen::spec::{LocationSpec, StyleSpec};

use super::python::{first_quoted, ident_after, pascal, quoted};

/// What `client.py` says about the service.
#[derive(Debug, Clone, Default)]
pub struct Client {
    /// The product id (`get_endpoint('eflo-controller', ...)`).
    pub product: Option<String>,
    /// `self._endpoint_rule` (`regional`, or empty for one central endpoint).
    pub rule: Option<String>,
    /// `self._endpoint_map`: region → host.
    pub endpoint_map: BTreeMap<String, String>,
    /// One entry per `_with_options` method, in file order.
    pub calls: Vec<Result<Call, Skipped>>,
}

/// An action the reader left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The action's name (from its `Params`, else from the method's name).
    pub action: String,
    /// 1-based line of the method.
    pub line: usize,
    /// Why.
    pub why: String,
}

/// Where one request member goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// Whether the member is a field of the headers class rather than of the request.
    pub header_class: bool,
    /// Its Python name on the request (or headers) model (`node_ids`, without `_shrink`).
    pub py: String,
    /// The wire name.
    pub wire: String,
    /// Where it goes.
    pub location: LocationSpec,
    /// A shrink member's style.
    pub style: Option<StyleSpec>,
}

/// One action as its method calls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// Action name.
    pub action: String,
    /// 1-based line of the method.
    pub line: usize,
    /// The docstring's `@summary` (older packages), the action's description.
    pub summary: Option<String>,
    /// `RPC` or `ROA`.
    pub style: String,
    /// HTTP method.
    pub method: String,
    /// The path, `{Wire}` for each path argument.
    pub path: String,
    /// `formData` or `json`.
    pub req_body_type: String,
    /// `json`, `none`, `array`, `string`, ...
    pub body_type: String,
    /// The request model class, when the method takes one.
    pub request: Option<String>,
    /// The headers model class, when the method takes one.
    pub headers: Option<String>,
    /// The response class (`XResponse`).
    pub response: String,
    /// Path arguments: (Python name, wire name).
    pub path_args: Vec<(String, String)>,
    /// Request members placed one by one.
    pub bindings: Vec<Binding>,
    /// Where the whole request goes when the method sends it as one map (`query =
    /// Utils.query(request.to_map())`).
    pub whole_request: Option<LocationSpec>,
}

/// Read `client.py`; `file` names it in messages.
pub fn read(file: &str, text: &str) -> Client {
    let lines: Vec<&str> = text.lines().collect();
    let mut client = Client::default();
    let mut in_map = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if let Some(rest) = t.strip_prefix("self._endpoint_rule = ") {
            client.rule = first_quoted(rest);
        } else if t.starts_with("self._endpoint_map = {") {
            in_map = !t.ends_with('}');
        } else if in_map {
            let q = quoted(t);
            if let [region, host] = q.as_slice() {
                client.endpoint_map.insert(region.clone(), host.clone());
            }
            in_map = !t.ends_with('}');
        } else if t.starts_with("self._endpoint = self.get_endpoint(") {
            client.product = first_quoted(t);
        } else if let Some(snake) = l
            .strip_prefix("    def ")
            .and_then(|r| r.split_once("_with_options("))
            .map(|(s, _)| s)
        {
            let end = (i + 1..lines.len())
                .find(|&j| {
                    let n = lines[j];
                    n.starts_with("    def ")
                        || n.starts_with("    async def ")
                        || n.starts_with("    @")
                })
                .unwrap_or(lines.len());
            client.calls.push(read_call(file, snake, i, &lines[i..end]));
        }
    }
    client
}

/// One `_with_options` method; `lines[0]` is its `def` line, `start` its index.
fn read_call(file: &str, snake: &str, start: usize, lines: &[&str]) -> Result<Call, Skipped> {
    let line = start + 1;
    let skip = |action: &str, why: String| Skipped {
        action: action.to_owned(),
        line,
        why,
    };
    let fallback = pascal(snake);
    // The parameters are one a line after the `def` line (a one-line signature is not a form
    // the generator writes, and is refused like a cut one).
    let Some(sig_end) = lines
        .iter()
        .skip(1)
        .position(|l| l.trim_start().starts_with(") ->"))
        .map(|i| i + 1)
    else {
        return Err(skip(&fallback, format!("{file}:{line}: the method's signature does not end with `) -> ...:` (a file cut short?)")));
    };
    let response = lines[sig_end]
        .trim()
        .trim_start_matches(") ->")
        .trim()
        .trim_end_matches(':')
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_owned();
    let mut call = Call {
        action: fallback.clone(),
        line,
        summary: None,
        style: String::new(),
        method: String::new(),
        path: String::new(),
        req_body_type: String::new(),
        body_type: String::new(),
        request: None,
        headers: None,
        response,
        path_args: Vec::new(),
        bindings: Vec::new(),
        whole_request: None,
    };
    for l in &lines[1..sig_end] {
        let arg = l.trim().trim_end_matches(',');
        let Some((name, ty)) = arg.split_once(':') else {
            continue;
        };
        let (name, ty) = (name.trim(), ty.trim());
        let class = ty.rsplit('.').next().unwrap_or(ty);
        if name == "self" || ty.contains("RuntimeOptions") {
        } else if ty == "str" {
            call.path_args.push((name.to_owned(), pascal(name)));
        } else if name.contains("header") {
            if ty.contains("models.") {
                call.headers = Some(class.to_owned());
            }
        } else if ty.contains("models.") || class.ends_with("Request") {
            call.request = Some(class.to_owned());
        } else {
            return Err(skip(
                &fallback,
                format!(
                    "{file}:{}: argument `{arg}` is not one the SDK's methods take",
                    start + 1 + lines.iter().position(|x| x == l).unwrap_or(0)
                ),
            ));
        }
    }
    let body = &lines[sig_end + 1..];
    call.summary = summary(body);
    let mut shrink: BTreeMap<(bool, String), StyleSpec> = BTreeMap::new();
    let mut params = false;
    for (k, raw) in body.iter().enumerate() {
        let at = start + sig_end + 2 + k;
        let t = raw.trim();
        if t.starts_with('@') || t.starts_with('#') {
            continue;
        }
        if t.contains("host_map") {
            return Err(skip(&call.action, format!("{file}:{at}: the host depends on request members (`host_map`), which the spec cannot express")));
        }
        if t.starts_with("stream=") || t.starts_with("stream =") {
            return Err(skip(
                &call.action,
                format!("{file}:{at}: the request body is a file stream"),
            ));
        }
        if t.contains("array_to_string_with_specified_style(") {
            let side = t.split_once('=').map_or("", |(l, _)| l).trim();
            let header_class = side.starts_with("headers.");
            let literals = quoted(t);
            let (Some(py), [_, style]) = (
                ident_after(
                    t,
                    if header_class {
                        "tmp_header."
                    } else {
                        "tmp_req."
                    },
                ),
                literals.as_slice(),
            ) else {
                return Err(skip(&call.action, format!("{file}:{at}: a shrink conversion not of the form `request.x_shrink = ...(tmp_req.x, 'Wire', 'style')`")));
            };
            let style = match style.as_str() {
                "json" => StyleSpec::Json,
                "simple" => StyleSpec::Simple,
                other => {
                    return Err(skip(
                        &call.action,
                        format!("{file}:{at}: shrink style `{other}` (known: json, simple)"),
                    ))
                }
            };
            shrink.insert((header_class, py.to_owned()), style);
            continue;
        }
        if t.contains("Params(") {
            params = true;
            continue;
        }
        if params {
            if t.starts_with(')') {
                params = false;
                continue;
            }
            if let Some((key, value)) = t.trim_end_matches(',').split_once('=') {
                set_param(&mut call, key.trim(), value.trim());
            }
            continue;
        }
        // The older calls with literals; `do_rpcrequest(params.action, ...)` repeats the
        // `Params` already read.
        let q = quoted(t);
        if (t.contains("self.do_rpcrequest(") || t.contains("self.do_roarequest")) && !q.is_empty()
        {
            let get = |i: usize| q.get(i).cloned().unwrap_or_default();
            call.action = get(0);
            call.method = get(3);
            if t.contains("do_rpcrequest(") {
                call.style = "RPC".into();
                call.path = "/".into();
                call.req_body_type = "formData".into();
                call.body_type = get(5);
            } else {
                call.style = "ROA".into();
                call.path = path_template(&get(5));
                call.req_body_type = if t.contains("_with_form(") {
                    "formData"
                } else {
                    "json"
                }
                .into();
                call.body_type = get(6);
            }
            continue;
        }
        if let Some(location) = whole_request(t) {
            call.whole_request = Some(location);
            continue;
        }
        if let Some(b) = binding(t, &shrink) {
            call.bindings.push(b);
            continue;
        }
        if let Some(member) = body_is_member(t) {
            return Err(skip(&call.action, format!("{file}:{at}: the request body is member `{member}` whole, which the spec cannot express")));
        }
    }
    // A `str` argument the path does not name is not sent (the vendor's SDK has a few).
    call.path_args
        .retain(|(_, wire)| call.path.contains(&format!("{{{wire}}}")));
    if call.method.is_empty() || call.style.is_empty() {
        return Err(skip(&call.action, format!("{file}:{line}: no `Params(...)` with the action's method and style in the method (a file cut short?)")));
    }
    Ok(call)
}

/// One `key = value` of `Params(...)`.
fn set_param(call: &mut Call, key: &str, value: &str) {
    let text = || first_quoted(value).unwrap_or_default();
    match key {
        "action" => call.action = text(),
        "pathname" => call.path = path_template(&text()),
        "method" => call.method = text(),
        "style" => call.style = text(),
        "req_body_type" => call.req_body_type = text(),
        "body_type" => call.body_type = text(),
        _ => {}
    }
}

/// `/clusters/{DaraURL.percent_encode(cluster_id)}/attach` → `/clusters/{ClusterId}/attach`.
fn path_template(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let name = inner
            .rsplit('(')
            .next()
            .unwrap_or(inner)
            .trim_end_matches(')')
            .trim();
        out.push('{');
        out.push_str(&pascal(name));
        out.push('}');
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The docstring's `@summary` paragraph.
fn summary(body: &[&str]) -> Option<String> {
    let at = body
        .iter()
        .position(|l| l.trim().starts_with("@summary "))?;
    let mut text = vec![body[at].trim().trim_start_matches("@summary ").to_owned()];
    for l in &body[at + 1..] {
        let t = l.trim();
        if t.is_empty() || t.starts_with('@') || t.starts_with("\"\"\"") {
            break;
        }
        text.push(t.to_owned());
    }
    Some(text.join("\n").replace("\\\\", "\\"))
}

/// `query = Utils.query(request.to_map())` and the like: the whole request in one place.
fn whole_request(t: &str) -> Option<LocationSpec> {
    if !(t.contains("request.to_map()") || t.contains("to_map(request)")) {
        return None;
    }
    if t.starts_with("query") {
        Some(LocationSpec::Query)
    } else if t.starts_with("body") {
        Some(LocationSpec::Body)
    } else {
        None
    }
}

/// `query['Wire'] = request.x`, `body['Wire'] = request.x_shrink`, `real_headers['Wire'] =
/// str(headers.x)`.
fn binding(t: &str, shrink: &BTreeMap<(bool, String), StyleSpec>) -> Option<Binding> {
    let (target, rest) = t.split_once("['")?;
    let location = match target {
        "query" => LocationSpec::Query,
        "body" | "body_flat" => LocationSpec::Body,
        "real_headers" | "headers" => LocationSpec::Header,
        _ => return None,
    };
    let (wire, value) = rest.split_once("'] = ")?;
    let header_class = ident_after(value, "request.").is_none();
    let py = ident_after(value, "request.").or_else(|| ident_after(value, "headers."))?;
    let (py, shrunk) = match py.strip_suffix("_shrink") {
        Some(p) => (p, true),
        None => (py, false),
    };
    let style = shrunk
        .then(|| shrink.get(&(header_class, py.to_owned())).copied())
        .flatten();
    Some(Binding {
        header_class,
        py: py.to_owned(),
        wire: wire.to_owned(),
        location,
        style,
    })
}

/// `body = request.body`, `body=Utils.to_array(request.addons)`: the body is one member.
fn body_is_member(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("body")?.trim_start().strip_prefix('=')?;
    ident_after(rest, "request.")
}

#[cfg(test)]
pub(crate) mod tests;
