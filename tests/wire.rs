//! The exact signed HTTP request for every documented example of every service in the
//! spec, with fixed credentials, time and nonce: a reviewer sees in the snapshot diff any
//! change to what goes on the wire. An example documented without its request (the
//! eflo-controller page shows only a response) is sent once per action with the request
//! assembled from the members' documented example values.

use sdk_runtime::{Config, Credentials, ServiceClient};
use sdk_shape::{ActionShape, Protocol, ServiceShape};
use sdk_tests::{every_service, label};
use serde_json::{Map, Value};

const TIMESTAMP: i64 = 1_700_000_000; // 2023-11-14T22:13:20Z
const NONCE: &str = "3f1c6a1e0c9b4d2a8e7f6b5a4c3d2e1f";

/// A client with fixed credentials, in one region of the service's vendor.
fn client(service: &'static ServiceShape) -> ServiceClient {
    let region = match service.protocol {
        Protocol::Tc3Json => "ap-guangzhou",
        Protocol::Acs3Rpc | Protocol::Acs3Roa => "cn-hangzhou",
    };
    let config = Config::builder()
        .credentials(Credentials::new("AKIDEXAMPLEID", "EXAMPLESECRETKEY"))
        .region(region)
        .build();
    ServiceClient::new(service, config).expect("a valid configuration")
}

/// The request made of the input members' documented example values; a required member
/// documented without one gets a stand-in of its type (`sdk_shape::sample`), so the request
/// can be sent.
fn from_member_examples(action: &ActionShape) -> Value {
    let out: Map<String, Value> = action
        .input
        .iter()
        .filter_map(|m| {
            let example = match m.example {
                Some(text) => serde_json::from_str(text).expect("member examples are JSON"),
                None if m.required => {
                    sdk_shape::sample::member(m, sdk_shape::sample::Fill::Example)?
                }
                None => return None,
            };
            Some((m.name.to_owned(), example))
        })
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

/// Snapshot the signed request of every documented example of `service`
/// (`<service>__<Action>__<n>`, or `<service>__<Action>__members` for examples documented
/// without a request); returns (documented requests, requests from member examples).
fn documented_requests(service: &'static ServiceShape) -> (usize, usize) {
    let client = client(service);
    let service_label = label(service);
    let (mut documented, mut from_members) = (0, 0);
    for &action in service.actions {
        if action.examples.iter().any(|e| e.request.trim().is_empty()) {
            let name = format!("{service_label}__{}__members", action.name);
            let request = from_member_examples(action);
            insta::with_settings!({ description => "member example values", omit_expression => true }, {
                insta::assert_snapshot!(name, render(&client, action, &request));
            });
            from_members += 1;
        }
        for (i, example) in action.examples.iter().enumerate() {
            if example.request.trim().is_empty() {
                continue;
            }
            let request: Value = serde_json::from_str(example.request).unwrap();
            let name = format!("{service_label}__{}__{}", action.name, i + 1);
            insta::with_settings!({ description => example.title.get(sdk_shape::Language::En), omit_expression => true }, {
                insta::assert_snapshot!(name, render(&client, action, &request));
            });
            documented += 1;
        }
    }
    (documented, from_members)
}

#[test]
fn every_documented_request_as_signed() {
    let mut done = Vec::new();
    for service in every_service() {
        done.push((label(service), documented_requests(service)));
    }
    // Every TAT example documents its request; the eflo-controller page documents none.
    assert!(done.contains(&("tat".to_owned(), (35, 0))), "{done:?}");
    assert!(
        done.contains(&("eflo-controller".to_owned(), (0, 1))),
        "{done:?}"
    );
}

/// An RPC action bound to `POST /` with a form body (as the vendor's SDK metadata binds
/// every eflo-controller action) is sent byte for byte as RPC actions were before bindings
/// existed: the snapshot is the one the page's example values made then.
#[test]
fn an_rpc_action_bound_to_post_and_a_form_is_sent_as_before() {
    let service = &eflo_controller_model::SERVICE;
    let action = &eflo_controller_model::actions::describe_invocations::SHAPE;
    let binding = action.http.expect("bound by the SDK metadata");
    assert_eq!((binding.method, binding.path), ("POST", "/"));
    let request = serde_json::json!({
        "InvokeId": "t-cd03crwys0lrls0",
        "NodeId": "e01-cn-zvp2tgykr08",
        "IncludeOutput": true,
        "ContentEncoding": "PlainText"
    });
    insta::with_settings!({ description => "the page's example values", omit_expression => true }, {
        insta::assert_snapshot!(
            "eflo-controller__DescribeInvocations__page",
            render(&client(service), action, &request)
        );
    });
}

/// Signing is deterministic for fixed inputs and the secret never appears on the wire.
#[test]
fn prepared_requests_are_deterministic_and_keep_the_secret() {
    let client = client(&tat_model::SERVICE);
    let action = &tat_model::actions::describe_invocations::SHAPE;
    let request = serde_json::json!({"InvocationIds": ["inv-q4zp60g0"], "Limit": 1});
    let a = render(&client, action, &request);
    assert_eq!(a, render(&client, action, &request));
    assert!(!a.contains("EXAMPLESECRETKEY"));
}
