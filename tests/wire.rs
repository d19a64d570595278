//! The exact signed HTTP request for every documented example, with fixed credentials, time
//! and nonce: a reviewer sees in the snapshot diff any change to what goes on the wire.
//! Actions whose page documents no request (the eflo-controller page shows only a response)
//! are sent with the request assembled from the members' documented example values.

use sdk_runtime::{Config, Credentials, ServiceClient};
use sdk_shape::{ActionShape, ServiceShape};
use serde_json::{Map, Value};

const TIMESTAMP: i64 = 1_700_000_000; // 2023-11-14T22:13:20Z
const NONCE: &str = "3f1c6a1e0c9b4d2a8e7f6b5a4c3d2e1f";

fn client(service: &'static ServiceShape, region: &str) -> ServiceClient {
    let config = Config::builder()
        .credentials(Credentials::new("AKIDEXAMPLEID", "EXAMPLESECRETKEY"))
        .region(region)
        .build();
    ServiceClient::new(service, config).expect("a valid configuration")
}

/// The request made of the members' documented example values. Member examples live in the
/// spec file, not in the shape tables, so they are read from `spec_file` (relative to the
/// repository root).
fn from_member_examples(spec_file: &str) -> Value {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join(spec_file)).expect("the spec file is readable");
    let spec: Value = serde_json::from_str(&text).expect("the spec file is JSON");
    let out: Map<String, Value> = spec["input"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| Some((m["name"].as_str()?.to_owned(), m.get("example")?.clone())))
        .collect();
    Value::Object(out)
}

fn render(client: &ServiceClient, action: &'static ActionShape, request: &Value) -> String {
    let prepared = client
        .prepare(action, request, TIMESTAMP, NONCE)
        .unwrap_or_else(|e| panic!("{}: {e}", action.name));
    let mut text = format!("{} {}\n", prepared.method, prepared.url);
    for (name, value) in &prepared.headers {
        text.push_str(&format!("{name}: {value}\n"));
    }
    text.push('\n');
    text.push_str(&String::from_utf8_lossy(&prepared.body));
    text.push('\n');
    text
}

#[test]
fn tat_documented_requests() {
    let client = client(&tat_model::SERVICE, "ap-guangzhou");
    let mut count = 0;
    for action in tat_model::SERVICE.actions {
        for (i, example) in action.examples.iter().enumerate() {
            let request: Value = serde_json::from_str(example.request).unwrap();
            let name = format!("tat__{}__{}", action.name, i + 1);
            insta::with_settings!({ description => example.title, omit_expression => true }, {
                insta::assert_snapshot!(name, render(&client, action, &request));
            });
            count += 1;
        }
    }
    assert_eq!(
        count,
        tat_model::SERVICE
            .actions
            .iter()
            .map(|a| a.examples.len())
            .sum::<usize>()
    );
    assert_eq!(count, 35);
}

#[test]
fn eflo_controller_requests() {
    let client = client(&eflo_controller_model::SERVICE, "cn-hangzhou");
    let action = &eflo_controller_model::actions::describe_invocations::SHAPE;
    let request =
        from_member_examples("spec/eflo-controller/2022-12-15/actions/DescribeInvocations.json");
    assert_eq!(
        request,
        serde_json::json!({
            "InvokeId": "t-cd03crwys0lrls0",
            "NodeId": "e01-cn-zvp2tgykr08",
            "IncludeOutput": true,
            "ContentEncoding": "PlainText"
        })
    );
    insta::with_settings!({ description => "member example values", omit_expression => true }, {
        insta::assert_snapshot!("eflo-controller__DescribeInvocations__members", render(&client, action, &request));
    });
}

/// Signing is deterministic for fixed inputs and the secret never appears on the wire.
#[test]
fn prepared_requests_are_deterministic_and_keep_the_secret() {
    let client = client(&tat_model::SERVICE, "ap-guangzhou");
    let action = &tat_model::actions::describe_invocations::SHAPE;
    let request = serde_json::json!({"InvocationIds": ["inv-q4zp60g0"], "Limit": 1});
    let a = render(&client, action, &request);
    assert_eq!(a, render(&client, action, &request));
    assert!(!a.contains("EXAMPLESECRETKEY"));
}
