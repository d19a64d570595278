//! Every documented example of every action of every service in the spec, through the
//! generated model types: (a) the request decodes and re-encodes to the same JSON, (b) so
//! does the response, so a member missing from the spec fails here, and (c) a snapshot shows
//! reviewers how the documentation maps to Rust values. The services come from the generated
//! `sdk-services` crate, and the test checks against the spec files that none was skipped.

use std::path::Path;

use sdk_shape::{Action, ServiceShape};
use sdk_tests::{Envelope, label, round_trip};

/// Run every example of `A`, snapshot each (`<service>__<Action>__<n>`), and return how many
/// ran.
fn examples_of<A>(service: &ServiceShape) -> usize
where
    A: Action,
    A::Request: serde::de::DeserializeOwned,
    A::Response: serde::Serialize,
{
    let shape = A::SHAPE;
    let envelope = Envelope::of(service);
    let service = label(service);
    for (i, example) in shape.examples.iter().enumerate() {
        let typed = round_trip::<A>(example, envelope).unwrap_or_else(|e| panic!("{e}"));
        let name = format!("{service}__{}__{}", shape.name, i + 1);
        insta::with_settings!({
            description => format!("{} {}: {}", service, shape.name, example.title.get(sdk_shape::Language::En)),
            omit_expression => true,
        }, {
            insta::assert_debug_snapshot!(name, typed);
        });
    }
    shape.examples.len()
}
/// Every example of every action of every service: (service, action, examples run).
fn every_example() -> Vec<(String, String, usize)> {
    let mut ran: Vec<(String, String, usize)> = Vec::new();
    macro_rules! run {
        ($service:expr, $a:ty) => {
            ran.push((
                label($service),
                <$a as Action>::SHAPE.name.to_owned(),
                examples_of::<$a>($service),
            ));
        };
    }
    sdk_services::for_each_action!(run);
    ran
}

/// Every example of every action of every service runs and is snapshotted, and that is
/// every action and example the spec holds, counted from the spec files themselves: an
/// action, an example or a service the generated crates lack fails here.
#[test]
fn every_documented_example_is_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let files = codegen::load::read_spec_tree(root).unwrap();
    let services = codegen::resolve(&files).unwrap();
    let mut in_spec: Vec<(String, String, usize)> = services
        .iter()
        .flat_map(|s| {
            s.actions
                .iter()
                .map(|a| (s.crate_name.clone(), a.name.clone(), a.examples.len()))
        })
        .collect();
    in_spec.sort();
    let mut tested = every_example();
    tested.sort();
    assert_eq!(in_spec, tested);
    // 29 TAT actions with 35 examples (the metadata's; two of them lacked commas, put back
    // and reported at import); eflo-controller's 65 actions (its SDK metadata) with the
    // seeded page's one example; cs's 123 with none (the SDK metadata has no examples).
    let of = |service: &str| -> (usize, usize) {
        let mine = tested.iter().filter(|t| t.0 == service);
        (mine.clone().count(), mine.map(|t| t.2).sum())
    };
    assert_eq!(of("tat"), (29, 35));
    assert_eq!(of("eflo-controller"), (65, 1));
    assert_eq!(of("cs"), (123, 0));
}

/// Documented odd values survive: an enum value in lower case, and values with stray
/// whitespace, become `Unknown` and re-encode unchanged.
#[test]
fn undocumented_enum_values_round_trip() {
    use tat_model::types::InvocationSource;
    let v: InvocationSource = serde_json::from_str("\"user\"").unwrap();
    assert_eq!(v, InvocationSource::Unknown("user".into()));
    assert_eq!(serde_json::to_string(&v).unwrap(), "\"user\"");
    let known: InvocationSource = serde_json::from_str("\"USER\"").unwrap();
    assert_eq!(known, InvocationSource::User);
    let e: eflo_controller_model::types::NodeErrorCode =
        serde_json::from_str("\" NodeNotExists\"").unwrap();
    assert!(e.is_unknown());
    assert_eq!(e.as_str(), " NodeNotExists");
}

/// Unknown response members are ignored, not errors: the service may add members.
#[test]
fn unknown_response_members_are_tolerated() {
    let body = r#"{"TotalCount": 1, "NewMember": {"x": 1}, "InvokerRecordSet": [{"InvokerId": "ivk-1", "Brand": "new"}], "RequestId": "r"}"#;
    let out: tat_model::actions::describe_invoker_records::DescribeInvokerRecordsResponse =
        serde_json::from_str(body).unwrap();
    assert_eq!(out.invoker_record_set()[0].invoker_id(), Some("ivk-1"));
    assert_eq!(out.total_count(), Some(1));
}

/// Base64 members decode through their helper.
#[test]
fn base64_members_decode() {
    let ex = &tat_model::actions::describe_invocation_tasks::SHAPE.examples[0];
    let typed =
        round_trip::<tat_model::actions::describe_invocation_tasks::DescribeInvocationTasks>(
            ex,
            Envelope::Response,
        )
        .unwrap();
    let task = &typed.response.invocation_task_set()[0];
    let output = task
        .task_result()
        .unwrap()
        .output_decoded()
        .unwrap()
        .unwrap();
    assert_eq!(output, b"root\n");
    let content = task
        .command_document()
        .unwrap()
        .content_decoded()
        .unwrap()
        .unwrap();
    assert_eq!(content, b"whoami");
}
