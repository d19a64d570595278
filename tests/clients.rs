//! The generated client crates as an application uses them, against the built-in mock
//! server: every documented example through the typed builders, documented rules enforced
//! before sending, typed service error codes, and paging as a stream.

use futures_util::StreamExt;
use sdk_mock::{MockOptions, MockServer};
use sdk_runtime::{Config, Credentials, SdkError};
use tat_client::types::{Filter, InvocationStatus};
use tat_client::{ErrorCode, ErrorFamily};

async fn mock() -> MockServer {
    MockServer::start(MockOptions::all_services().with_credentials(sdk_mock::MockCredentials::Demo))
        .await
        .expect("the mock starts on loopback")
}

fn tat(server: &MockServer) -> tat_client::Client {
    tat_client::Client::new(
        Config::builder()
            .credentials(Credentials::new(
                sdk_mock::demo::TENCENT_SECRET_ID,
                sdk_mock::demo::TENCENT_SECRET_KEY,
            ))
            .region("ap-guangzhou")
            .endpoint(server.endpoint())
            .build(),
    )
    .unwrap()
}

fn eflo(server: &MockServer) -> eflo_controller_client::Client {
    eflo_controller_client::Client::new(
        Config::builder()
            .credentials(Credentials::new(
                sdk_mock::demo::ALIBABA_ACCESS_KEY_ID,
                sdk_mock::demo::ALIBABA_ACCESS_KEY_SECRET,
            ))
            .region("cn-hangzhou")
            .endpoint(server.endpoint())
            .build(),
    )
    .unwrap()
}

/// The documented response of an example, without Tencent's `Response` wrapper.
fn documented<T: serde::de::DeserializeOwned>(response: &str, wrapped: bool) -> T {
    let v: serde_json::Value = serde_json::from_str(response).unwrap();
    let body = if wrapped { v["Response"].clone() } else { v };
    serde_json::from_value(body).unwrap()
}

fn request_of<T: serde::de::DeserializeOwned>(example: &sdk_shape::ExampleShape) -> T {
    serde_json::from_str(example.request).unwrap()
}

#[tokio::test]
async fn every_documented_tat_example_through_the_builders() {
    let server = mock().await;
    let client = tat(&server);

    use tat_model::actions::*;
    let mut sent = 0;
    for ex in create_invoker::SHAPE.examples {
        let out = client
            .create_invoker()
            .with_request(request_of(ex))
            .send()
            .await
            .unwrap();
        assert_eq!(out, documented(ex.response, true));
        sent += 1;
    }
    for ex in describe_invocations::SHAPE.examples {
        let out = client
            .describe_invocations()
            .with_request(request_of(ex))
            .send()
            .await
            .unwrap();
        assert_eq!(out, documented(ex.response, true));
        assert_eq!(
            out.invocation_set()[0].invocation_status(),
            Some(&InvocationStatus::Success)
        );
        sent += 1;
    }
    for ex in describe_invocation_tasks::SHAPE.examples {
        let out = client
            .describe_invocation_tasks()
            .with_request(request_of(ex))
            .send()
            .await
            .unwrap();
        assert_eq!(out, documented(ex.response, true));
        sent += 1;
    }
    for ex in describe_invoker_records::SHAPE.examples {
        let out = client
            .describe_invoker_records()
            .with_request(request_of(ex))
            .send()
            .await
            .unwrap();
        assert_eq!(out, documented(ex.response, true));
        sent += 1;
    }
    assert_eq!(sent, 5);
    server.shutdown().await;
}

#[tokio::test]
async fn the_builders_read_like_the_documentation() {
    let server = mock().await;
    let client = tat(&server);
    let out = client
        .describe_invocations()
        .invocation_ids(["inv-q4zp60g0"])
        .limit(1)
        .offset(0)
        .send()
        .await
        .unwrap();
    assert_eq!(out.total_count(), Some(1));
    assert_eq!(
        out.invocation_set()[0].invocation_id(),
        Some("inv-q4zp60g0")
    );
    assert_eq!(
        out.invocation_set()[0]
            .command_content_decoded()
            .unwrap()
            .unwrap(),
        b"pwd"
    );

    let created = client
        .create_invoker()
        .name("nightly")
        .r#type("SCHEDULE")
        .command_id("cmd-m7uma92n")
        .instance_ids(["ins-yx05ky8j"])
        .schedule_settings(
            tat_model::types::ScheduleSettings::new("RECURRENCE").with_recurrence("0 0 * * *"),
        )
        .send()
        .await
        .unwrap();
    let id = created.invoker_id().unwrap().to_owned();

    // Filter names are constants (a typo does not compile); `tag:tag-key` is a function.
    use tat_client::actions::describe_commands::filters;
    assert_eq!(filters::COMMAND_ID, "command-id");
    assert_eq!(filters::tag("env"), "tag:env");
    client
        .describe_commands()
        .filters([
            Filter::new(filters::tag("env"), ["prod"]),
            Filter::new(filters::CREATED_BY, ["USER"]),
        ])
        .send()
        .await
        .unwrap();
    assert!(id.starts_with("ivk-") && id.len() == 12, "{id}");
    let records = client
        .describe_invoker_records()
        .invoker_ids([id])
        .send()
        .await
        .unwrap();
    assert_eq!(records.total_count(), Some(0));
    server.shutdown().await;
}

#[tokio::test]
async fn documented_rules_are_checked_before_sending() {
    let server = mock().await;
    let client = tat(&server);

    let missing = client.create_invoker().name("n").send().await.unwrap_err();
    match &missing {
        SdkError::InvalidInput(e) => assert_eq!(e.to_string(), "Type: is required"),
        other => panic!("{other:?}"),
    }

    let conflict = client
        .describe_invocations()
        .invocation_ids(["inv-1"])
        .filters([Filter::new("command-id", ["cmd-1"])])
        .send()
        .await
        .unwrap_err();
    assert!(
        conflict
            .to_string()
            .contains("Filters: cannot be given together with InvocationIds"),
        "{conflict}"
    );

    let too_many = client
        .describe_invocation_tasks()
        .filters([Filter::new("instance-id", ["a", "b", "c", "d", "e", "f"])])
        .send()
        .await
        .unwrap_err();
    assert!(
        too_many
            .to_string()
            .contains("Filters[0].Values: at most 5 values are allowed, got 6"),
        "{too_many}"
    );

    let limit = client
        .describe_invocations()
        .limit(101)
        .send()
        .await
        .unwrap_err();
    assert!(
        limit.to_string().contains("Limit: 101 is out of range"),
        "{limit}"
    );

    let filter = client
        .describe_invocations()
        .filters([Filter::new("instance-idd", ["ins-1"])])
        .send()
        .await
        .unwrap_err();
    assert!(
        filter
            .to_string()
            .contains("unknown filter \"instance-idd\""),
        "{filter}"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn documented_formats_and_conditions_are_checked_before_sending() {
    use tat_client::types::{SchedulePolicy, ScheduleSettings};
    let server = mock().await;
    let client = tat(&server);
    let invoker = |settings: ScheduleSettings| {
        client
            .create_invoker()
            .name("n")
            .r#type(tat_client::types::InvokerType::Schedule)
            .command_id("cmd-m7uma92n")
            .instance_ids(["ins-yx05ky8j"])
            .schedule_settings(settings)
    };
    for (settings, message) in [
        (
            ScheduleSettings::new(SchedulePolicy::Once).with_invoke_time("tomorrow"),
            "invalid request: ScheduleSettings.InvokeTime: \"tomorrow\" is not an ISO 8601 date-time",
        ),
        (
            ScheduleSettings::new(SchedulePolicy::Recurrence).with_recurrence("0 0 1 * * *"),
            "invalid request: ScheduleSettings.Recurrence: \"0 0 1 * * *\" is not a crontab",
        ),
        (
            ScheduleSettings::new(SchedulePolicy::Recurrence),
            "invalid request: ScheduleSettings.Recurrence: is required when Policy is RECURRENCE",
        ),
        (
            ScheduleSettings::new(SchedulePolicy::Once),
            "invalid request: ScheduleSettings.InvokeTime: is required when Policy is ONCE",
        ),
    ] {
        let e = invoker(settings).send().await.unwrap_err();
        assert!(matches!(e, SdkError::InvalidInput(_)), "{e:?}");
        assert!(e.to_string().starts_with(message), "{e}");
    }
    invoker(
        ScheduleSettings::new(SchedulePolicy::Once).with_invoke_time("2031-01-01T00:00:00+08:00"),
    )
    .send()
    .await
    .unwrap();
    server.shutdown().await;
}

/// The `tracing` events of a test, as an application's subscriber would see them: level,
/// target and message.
#[derive(Clone, Default)]
struct Events(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl tracing::Subscriber for Events {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Message(String);
        impl tracing::field::Visit for Message {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" {
                    self.0 = format!("{value:?}");
                }
            }
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        let meta = event.metadata();
        self.0
            .lock()
            .unwrap()
            .push(format!("{} {} {}", meta.level(), meta.target(), message.0));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn undocumented_enum_values_are_sent_with_a_warning() {
    let events = Events::default();
    let _guard = tracing::subscriber::set_default(events.clone());
    let server = mock().await;
    let client = tat(&server);
    // `&str` still reaches an undocumented value (`Unknown`), for values newer than the docs.
    let builder = client
        .create_invoker()
        .name("n")
        .r#type("schedule")
        .command_id("cmd-m7uma92n")
        .instance_ids(["ins-yx05ky8j"])
        .schedule_settings(
            tat_client::types::ScheduleSettings::new("RECURRENCE").with_recurrence("0 0 * * *"),
        );
    let warning = "Type: \"schedule\" is not a documented value of InvokerType (documented: SCHEDULE; did you mean SCHEDULE?); sent as given";
    // Asked without sending: the same warning, as a value.
    let checked = client
        .runtime()
        .check::<tat_model::actions::create_invoker::CreateInvoker>(builder.request())
        .unwrap();
    assert_eq!(checked.len(), 1);
    assert_eq!(
        checked[0].kind,
        sdk_runtime::InputWarningKind::UndocumentedValue
    );
    assert_eq!(checked[0].to_string(), warning);
    assert!(events.0.lock().unwrap().is_empty(), "check logs nothing");

    builder.send().await.expect("the request still goes out");
    let ours: Vec<String> = events
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|e| e.contains(" sdk_runtime"))
        .cloned()
        .collect();
    assert_eq!(
        ours,
        [format!("WARN sdk_runtime::input CreateInvoker: {warning}")]
    );
    server.shutdown().await;
}

#[tokio::test]
async fn service_errors_carry_the_documented_code() {
    let server = mock().await;
    let client = tat(&server);
    let e = client
        .describe_invocations()
        .invocation_ids(["bad-1"])
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some(ErrorCode::InvalidParameterValueInvalidInvocationId),
        "{e}"
    );
    assert!(matches!(
        e.code().map(|c| c.family()),
        Some(ErrorFamily::InvalidParameterValue)
    ));
    assert!(e.request_id().is_some());

    let wrong_key = tat_client::Client::new(
        Config::builder()
            .credentials(Credentials::new(
                sdk_mock::demo::TENCENT_SECRET_ID,
                "not-the-secret",
            ))
            .region("ap-guangzhou")
            .endpoint(server.endpoint())
            .build(),
    )
    .unwrap();
    let e = wrong_key.describe_invocations().send().await.unwrap_err();
    assert_eq!(e.code(), Some(ErrorCode::AuthFailureSignatureFailure));
    assert!(matches!(
        e.code().map(|c| c.family()),
        Some(ErrorFamily::AuthFailure)
    ));
    assert!(!format!("{e} {e:?}").contains("not-the-secret"));
    server.shutdown().await;
}

#[tokio::test]
async fn paginator_streams_every_item() {
    let server = mock().await;
    let client = tat(&server);
    let ids: Vec<String> = (0..7).map(|i| format!("inv-page{i:04}")).collect();
    let items: Vec<_> = client
        .describe_invocations()
        .invocation_ids(ids.clone())
        .limit(3)
        .into_paginator()
        .items()
        .collect()
        .await;
    let got: Vec<String> = items
        .into_iter()
        .map(|r| r.unwrap().invocation_id().unwrap().to_owned())
        .collect();
    assert_eq!(got, ids);
    server.shutdown().await;
}

#[tokio::test]
async fn eflo_controller_documented_example_and_required_member() {
    let server = mock().await;
    let client = eflo(&server);
    let ex = &eflo_controller_model::actions::describe_invocations::SHAPE.examples[0];
    let out = client
        .describe_invocations()
        .invoke_id("t-ind3k9ytvvduoe8")
        .send()
        .await
        .unwrap();
    assert_eq!(out, documented(ex.response, false));
    let node = &out.invocations().unwrap().invocation()[0]
        .invoke_nodes()
        .unwrap()
        .invoke_node()[0];
    assert!(
        node.error_code().unwrap().is_unknown(),
        "\" NodeNotExists\" is kept verbatim"
    );

    let e = client.describe_invocations().send().await.unwrap_err();
    assert!(matches!(e, SdkError::InvalidInput(_)), "{e}");
    server.shutdown().await;
}

#[test]
fn option_setters_set_or_clear_a_member() {
    let server_less = tat_client::Client::new(
        Config::builder()
            .credentials(Credentials::new("AKIDx", "s"))
            .region("ap-guangzhou")
            .build(),
    )
    .unwrap();
    let limit: Option<u64> = Some(5);
    let builder = server_less
        .describe_invocations()
        .limit(1)
        .set_limit(limit)
        .set_invocation_ids(None)
        .set_filters(Some(vec![Filter::new("invocation-id", ["inv-1"])]));
    assert_eq!(builder.request().limit, Some(5));
    assert_eq!(builder.request().invocation_ids, None);
    assert_eq!(builder.request().filters.as_ref().map(Vec::len), Some(1));
    let cleared = builder.set_limit(None);
    assert_eq!(cleared.request().limit, None);
}
