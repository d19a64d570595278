//! Documented examples as Rust: the request of each documented example written as the calls
//! a user would make on the client builder (`client.create_invoker().name("n")...`), for the
//! builders' rustdoc, and the client crate's example that runs against the mock server.
//! Values become the types the setters take: documented enum values their variant, objects
//! their `new(required...)` constructor and `with_*` setters, lists arrays.

use serde_json::{Map, Value};

use crate::ir::{Action, Member, Protocol, Service, Ty, TypeKind};

/// The builder calls of a request given as wire-name JSON, `let answer = client....await?;`,
/// or `None` when a value cannot be written (an object without a required member).
pub fn call(s: &Service, a: &Action, request: &Map<String, Value>) -> Option<String> {
    let mut out = format!("let answer = client\n    .{}()\n", a.snake);
    for (key, value) in request {
        if value.is_null() {
            continue;
        }
        let member = a.input.iter().find(|m| &m.wire == key)?;
        out.push_str(&format!(
            "    .{}({})\n",
            member.field,
            value_code(s, member, value)?
        ));
    }
    out.push_str("    .send()\n    .await?;\n");
    Some(out)
}

fn client_crate(s: &Service) -> String {
    format!("{}_client", s.snake)
}

/// Where the client crate shows the model's data types: `tat_client::types`.
fn types_path(s: &Service) -> String {
    format!("{}::types", client_crate(s))
}

fn value_code(s: &Service, m: &Member, value: &Value) -> Option<String> {
    if !m.list {
        return item_code(s, &m.ty, value);
    }
    let items = value.as_array()?;
    if items.is_empty() {
        let ty = match &m.ty {
            Ty::Enum(i) | Ty::Struct(i) => format!("{}::{}", types_path(s), s.types[*i].name),
            Ty::Int32 => "i32".to_owned(),
            Ty::Int64 => "i64".to_owned(),
            Ty::Uint64 => "u64".to_owned(),
            Ty::Number => "f64".to_owned(),
            Ty::Boolean => "bool".to_owned(),
            Ty::Json => "serde_json::Value".to_owned(),
            Ty::String | Ty::DateTime | Ty::Crontab => "String".to_owned(),
        };
        return Some(format!("Vec::<{ty}>::new()"));
    }
    let items: Option<Vec<String>> = items.iter().map(|v| item_code(s, &m.ty, v)).collect();
    Some(format!("[{}]", items?.join(", ")))
}

fn item_code(s: &Service, ty: &Ty, value: &Value) -> Option<String> {
    match ty {
        // Debug of a str is a Rust string literal (quotes and escapes included).
        Ty::String | Ty::DateTime | Ty::Crontab => Some(format!("{:?}", value.as_str()?)),
        Ty::Int32 | Ty::Int64 | Ty::Uint64 => value.is_number().then(|| value.to_string()),
        // Debug of an f64 always has a fraction or exponent (`1.0`), so it is an f64 literal.
        Ty::Number => value.as_f64().map(|n| format!("{n:?}")),
        Ty::Boolean => value.as_bool().map(|b| b.to_string()),
        Ty::Json => Some(format!("serde_json::json!({})", json_code(value))),
        Ty::Enum(i) => {
            let text = value.as_str()?;
            let t = &s.types[*i];
            let TypeKind::Enum(variants) = &t.kind else {
                return None;
            };
            Some(match variants.iter().find(|v| v.wire == text) {
                Some(v) => format!("{}::{}::{}", types_path(s), t.name, v.ident),
                // An undocumented value in a documented example: the string, as sent.
                None => format!("{text:?}"),
            })
        }
        Ty::Struct(i) => {
            let object = value.as_object()?;
            let t = &s.types[*i];
            let TypeKind::Struct(members) = &t.kind else {
                return None;
            };
            let path = format!("{}::{}", types_path(s), t.name);
            let required: Option<Vec<String>> = members
                .iter()
                .filter(|m| m.required)
                .map(|m| value_code(s, m, object.get(&m.wire).filter(|v| !v.is_null())?))
                .collect();
            let required = required?;
            let mut out = if required.is_empty() {
                format!("{path}::default()")
            } else {
                format!("{path}::new({})", required.join(", "))
            };
            for m in members.iter().filter(|m| !m.required) {
                if let Some(v) = object.get(&m.wire).filter(|v| !v.is_null()) {
                    out.push_str(&format!(".with_{}({})", m.snake, value_code(s, m, v)?));
                }
            }
            Some(out)
        }
    }
}

/// A JSON value as `serde_json::json!` takes it: strings (keys too) as Rust string literals,
/// since JSON's escapes (`\u0001`, `\b`) are not all Rust's.
fn json_code(value: &Value) -> String {
    match value {
        Value::String(s) => format!("{s:?}"),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(json_code).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(object) => {
            let members: Vec<String> = object
                .iter()
                .map(|(k, v)| format!("{k:?}: {}", json_code(v)))
                .collect();
            format!("{{{}}}", members.join(", "))
        }
        other => other.to_string(),
    }
}

/// A doc test: `body` inside an async function given `client`, compiled but not run (the
/// calls would go to the service).
pub fn no_run(s: &Service, body: &str) -> String {
    let c = client_crate(s);
    format!(
        "```no_run\n\
         # async fn example(client: {c}::Client) -> Result<(), {c}::SdkError<{c}::ErrorCode>> {{\n\
         {body}\
         println!(\"{{answer:?}}\");\n\
         # Ok(())\n\
         # }}\n\
         ```"
    )
}

/// The client crate's example, run by `cargo test` against the mock server: a read-only
/// action from its documented example (else its required members from their documented
/// example values).
pub fn crate_example(s: &Service) -> String {
    let c = client_crate(s);
    let call = s
        .actions
        .iter()
        .filter(|a| a.read_only)
        .find_map(|a| {
            let request = a
                .examples
                .iter()
                .find_map(|e| e.request.as_ref()?.as_object())?;
            call(s, a, request)
        })
        .or_else(|| {
            s.actions.iter().filter(|a| a.read_only).find_map(|a| {
                let request: Option<Map<String, Value>> = a
                    .input
                    .iter()
                    .filter(|m| m.required)
                    .map(|m| Some((m.wire.clone(), m.example.clone()?)))
                    .collect();
                call(s, a, &request?)
            })
        })
        .unwrap_or_default();
    let (id, secret, region) = match s.protocol {
        Protocol::Tc3Json => ("TENCENT_SECRET_ID", "TENCENT_SECRET_KEY", "ap-guangzhou"),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => (
            "ALIBABA_ACCESS_KEY_ID",
            "ALIBABA_ACCESS_KEY_SECRET",
            "cn-hangzhou",
        ),
    };
    format!(
        "```\n\
         # #[tokio::main(flavor = \"current_thread\")]\n\
         # async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
         # let mock = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()\n\
         #     .with_credentials(sdk_mock::MockCredentials::Demo)).await?;\n\
         // Against the built-in mock server (`sdk_mock`, or `cloudcmd mock serve`, which prints\n\
         // the variables that point `Client::from_env()` at it).\n\
         let client = {c}::Client::new(\n\
         \x20   {c}::Config::builder()\n\
         \x20       .credentials({c}::Credentials::new(sdk_mock::demo::{id}, sdk_mock::demo::{secret}))\n\
         \x20       .region(\"{region}\")\n\
         \x20       .endpoint(mock.endpoint())\n\
         \x20       .build(),\n\
         )?;\n\
         {call}\
         println!(\"{{answer:?}}\");\n\
         # Ok(())\n\
         # }}\n\
         ```"
    )
}
