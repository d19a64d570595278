//! eflo-controller command runs and file deliveries on a manual clock: a run on three nodes
//! walks Pending → Running → a final status per node as the scenario says (one failing, one
//! node unknown to the scenario refused), output in the encoding asked for, StopInvocation
//! stops what still runs, and a file delivered twice fails where it exists.

use std::time::Duration;

use base64::Engine as _;
use sdk_mock::MockClock;
use sdk_runtime::ServiceClient;
use serde_json::{json, Value};

use crate::lifecycle_commands::start_on;
use crate::support::client;

async fn call(eflo: &ServiceClient, action: &str, request: Value) -> Result<Value, String> {
    let shape = eflo_controller_model::SERVICE
        .action(action)
        .expect("an eflo-controller action");
    match eflo.send_json(shape, request).await {
        Ok(answer) => Ok(answer.body),
        Err(e) => Err(e
            .code()
            .unwrap_or_else(|| format!("not a service error: {e}"))),
    }
}

fn scenario() -> sdk_mock::Scenario {
    sdk_mock::Scenario::from_json(
        r#"{"instances": [
            {"id": "e01-cn-a", "output": "ok\n", "duration_seconds": 2},
            {"id": "e01-cn-b", "exit_code": 2, "output": "disk full\n", "duration_seconds": 1},
            {"id": "e01-cn-c", "duration_seconds": 30}
        ]}"#,
    )
    .unwrap()
}

fn nodes(answer: &Value) -> Vec<(String, String)> {
    answer["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["NodeId"].as_str().unwrap().to_owned(),
                n["InvocationStatus"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_run_on_three_nodes_ends_per_node_and_can_be_stopped() {
    let server = start_on(MockClock::manual_at(1_800_000_000), Some(scenario())).await;
    let eflo = client(&server, &eflo_controller_model::SERVICE);
    let clock = server.clock();
    let run = call(
        &eflo,
        "RunCommand",
        json!({
            "CommandContent": "ZWNobyB7e3dob319",
            "ContentEncoding": "Base64",
            "EnableParameter": true,
            "Parameters": {"who": "nodes"},
            "Name": "greet",
            "NodeIdList": ["e01-cn-a", "e01-cn-b", "e01-cn-c", "e01-cn-gone"],
            "Timeout": 20
        }),
    )
    .await
    .unwrap();
    let id = run["InvokeId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("t-"), "{id}");
    let describe = json!({"InvokeId": id, "IncludeOutput": true, "ContentEncoding": "PlainText"});

    let first = call(&eflo, "DescribeInvocations", describe.clone())
        .await
        .unwrap();
    let invocation = &first["Invocations"]["Invocation"][0];
    assert_eq!(invocation["InvocationStatus"], "Pending");
    assert_eq!(invocation["CommandContent"], "echo nodes");
    assert_eq!(invocation["CommandName"], "greet");
    assert_eq!(
        nodes(&first)[3],
        ("e01-cn-gone".to_owned(), "Invalid".to_owned())
    );

    clock.advance(Duration::from_secs(5));
    let later = call(&eflo, "DescribeInvocations", describe.clone())
        .await
        .unwrap();
    assert_eq!(
        nodes(&later),
        [
            ("e01-cn-a".to_owned(), "Success".to_owned()),
            ("e01-cn-b".to_owned(), "Failed".to_owned()),
            ("e01-cn-c".to_owned(), "Running".to_owned()),
            ("e01-cn-gone".to_owned(), "Invalid".to_owned()),
        ]
    );
    assert_eq!(
        later["Invocations"]["Invocation"][0]["InvocationStatus"],
        "Running"
    );
    let node_b = &later["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"][1];
    assert_eq!(
        (node_b["ExitCode"].as_i64(), node_b["Output"].as_str()),
        (Some(2), Some("disk full\n"))
    );
    let gone = &later["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"][3];
    assert_eq!(gone["ErrorCode"], "NodeNotExists");

    // Base64 is the documented default of DescribeInvocations.
    let encoded = call(
        &eflo,
        "DescribeInvocations",
        json!({"InvokeId": id, "IncludeOutput": true, "NodeId": "e01-cn-a"}),
    )
    .await
    .unwrap();
    let node_a = &encoded["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"];
    assert_eq!(node_a.as_array().unwrap().len(), 1);
    let output = node_a[0]["Output"].as_str().unwrap();
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(output)
            .unwrap(),
        b"ok\n"
    );

    call(
        &eflo,
        "StopInvocation",
        json!({"InvokeId": id, "NodeIdList": ["e01-cn-c"]}),
    )
    .await
    .unwrap();
    clock.advance(Duration::from_secs(1));
    let stopped = call(&eflo, "DescribeInvocations", describe).await.unwrap();
    assert_eq!(nodes(&stopped)[2].1, "Terminated");
    assert_eq!(
        stopped["Invocations"]["Invocation"][0]["InvocationStatus"],
        "PartialFailed"
    );
    assert_eq!(
        stopped["Invocations"]["Invocation"][0]["InvokeStatus"],
        "PartialFailed"
    );

    let unknown = call(&eflo, "StopInvocation", json!({"InvokeId": "t-nosuchrun"})).await;
    assert!(unknown.is_err(), "{unknown:?}");
}

#[tokio::test]
async fn a_file_is_delivered_once_unless_overwritten() {
    let server = start_on(MockClock::manual_at(1_800_000_000), Some(scenario())).await;
    let eflo = client(&server, &eflo_controller_model::SERVICE);
    let clock = server.clock();
    let send = json!({
        "Content": "aGVsbG8=", "ContentType": "Base64", "Name": "hello.txt",
        "TargetDir": "/tmp", "NodeIdList": ["e01-cn-a", "e01-cn-b"]
    });
    let first = call(&eflo, "SendFile", send.clone()).await.unwrap();
    clock.advance(Duration::from_secs(5));
    let results = call(
        &eflo,
        "DescribeSendFileResults",
        json!({"InvokeId": first["InvokeId"]}),
    )
    .await
    .unwrap();
    assert_eq!(
        results["TotalCount"], "1",
        "TotalCount is documented as a string"
    );
    assert_eq!(
        results["Invocations"]["Invocation"][0]["InvocationStatus"],
        "Success"
    );
    assert_eq!(results["Invocations"]["Invocation"][0]["Name"], "hello.txt");

    let again = call(&eflo, "SendFile", send.clone()).await.unwrap();
    clock.advance(Duration::from_secs(5));
    let results = call(
        &eflo,
        "DescribeSendFileResults",
        json!({"InvokeId": again["InvokeId"]}),
    )
    .await
    .unwrap();
    let node = &results["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"][0];
    assert_eq!(
        (
            node["InvocationStatus"].as_str(),
            node["ErrorCode"].as_str()
        ),
        (Some("Failed"), Some("FileAlreadyExists"))
    );

    let mut overwrite = send;
    overwrite["Overwrite"] = json!(true);
    let third = call(&eflo, "SendFile", overwrite).await.unwrap();
    clock.advance(Duration::from_secs(5));
    let results = call(
        &eflo,
        "DescribeSendFileResults",
        json!({"InvokeId": third["InvokeId"]}),
    )
    .await
    .unwrap();
    assert_eq!(
        results["Invocations"]["Invocation"][0]["InvocationStatus"],
        "Success"
    );
}
