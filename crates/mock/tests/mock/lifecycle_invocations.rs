//! TAT invocations on a manual clock: a run walks PENDING → DELIVERING → RUNNING → SUCCESS
//! with its output, a long command times out, a cancel stops a running task, and ids the
//! mock did not make keep their shape answers.

use std::time::Duration;

use base64::Engine as _;
use sdk_mock::MockClock;
use serde_json::{json, Value};

use crate::lifecycle_commands::{call, start_on};
use crate::support::client;

fn task_of(answer: &Value) -> &Value {
    &answer["InvocationTaskSet"][0]
}

#[tokio::test]
async fn a_run_moves_on_the_clock_and_shows_its_output() {
    let scenario = sdk_mock::Scenario::from_json(
        r#"{"instances": [{"id": "ins-aaaaaaaa", "output": "hi\n"}]}"#,
    )
    .unwrap();
    let server = start_on(MockClock::manual_at(1_800_000_000), Some(scenario)).await;
    let tat = client(&server, &tat_model::SERVICE);
    let clock = server.clock();
    let run = call(
        &tat,
        "RunCommand",
        json!({"Content": "ZWNobyBoaQ==", "InstanceIds": ["ins-aaaaaaaa"], "CommandName": "hi"}),
    )
    .await
    .unwrap();
    let inv = run["InvocationId"].as_str().unwrap().to_owned();
    assert!(inv.starts_with("inv-"), "{inv}");
    assert!(run["CommandId"].as_str().unwrap().starts_with("cmd-"));

    let tasks = json!({"Filters": [{"Name": "invocation-id", "Values": [inv]}]});
    let status = |answer: &Value| task_of(answer)["TaskStatus"].as_str().unwrap().to_owned();
    let mut seen = Vec::new();
    for step in [0, 1, 1, 1, 1] {
        clock.advance(Duration::from_secs(step));
        let answer = call(&tat, "DescribeInvocationTasks", tasks.clone())
            .await
            .unwrap();
        assert_eq!(answer["TotalCount"], 1);
        seen.push(status(&answer));
    }
    assert_eq!(
        seen,
        ["PENDING", "DELIVERING", "RUNNING", "RUNNING", "SUCCESS"]
    );

    // Hidden by default, as documented; shown base64 with HideOutput false.
    let hidden = call(&tat, "DescribeInvocationTasks", tasks.clone())
        .await
        .unwrap();
    assert_eq!(task_of(&hidden)["TaskResult"]["Output"], "");
    assert_eq!(task_of(&hidden)["TaskResult"]["ExitCode"], 0);
    let mut shown = tasks.clone();
    shown["HideOutput"] = json!(false);
    let shown = call(&tat, "DescribeInvocationTasks", shown).await.unwrap();
    let task = task_of(&shown);
    let output = task["TaskResult"]["Output"].as_str().unwrap();
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(output)
            .unwrap(),
        b"hi\n"
    );
    assert_eq!(task["InstanceId"], "ins-aaaaaaaa");
    assert_eq!(task["CommandDocument"]["Content"], "ZWNobyBoaQ==");
    assert_eq!(task["CreatedTime"], "2027-01-15T08:00:00+00:00");
    assert_eq!(task["StartTime"], "2027-01-15T08:00:02+00:00");
    assert_eq!(task["EndTime"], "2027-01-15T08:00:04+00:00");

    let invocations = call(&tat, "DescribeInvocations", json!({"InvocationIds": [inv]}))
        .await
        .unwrap();
    let invocation = &invocations["InvocationSet"][0];
    assert_eq!(invocation["InvocationStatus"], "SUCCESS");
    assert_eq!(invocation["CommandName"], "hi");
    assert_eq!(
        invocation["InvocationTaskBasicInfoSet"][0]["TaskStatus"],
        "SUCCESS"
    );
    assert_eq!(invocation["EndTime"], "2027-01-15T08:00:04+00:00");

    // The typed client reads the same answer.
    let typed = tat
        .send::<tat_model::actions::describe_invocations::DescribeInvocations>(
            &serde_json::from_value(json!({"InvocationIds": [inv]})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        typed.invocation_set()[0].invocation_status(),
        Some(&tat_model::types::InvocationStatus::Success)
    );
    server.shutdown().await;
}

#[tokio::test]
async fn a_stored_command_with_output_and_a_timeout() {
    let scenario = sdk_mock::Scenario::from_json(
        r#"{"instances": [{"id": "ins-slow0001", "duration_seconds": 30, "output": "late"}, {"id": "ins-fast0001", "output": "hello\n"}]}"#,
    )
    .unwrap();
    let server = start_on(MockClock::manual(), Some(scenario)).await;
    let tat = client(&server, &tat_model::SERVICE);
    let created = call(
        &tat,
        "CreateCommand",
        json!({"CommandName": "c", "Content": "bHM=", "Timeout": 10}),
    )
    .await
    .unwrap();
    let command = created["CommandId"].as_str().unwrap();
    let invoked = call(
        &tat,
        "InvokeCommand",
        json!({"CommandId": command, "InstanceIds": ["ins-slow0001", "ins-fast0001"]}),
    )
    .await
    .unwrap();
    let inv = invoked["InvocationId"].as_str().unwrap();

    server.clock().advance(Duration::from_secs(11));
    let running = call(&tat, "DescribeInvocations", json!({"InvocationIds": [inv]}))
        .await
        .unwrap();
    assert_eq!(running["InvocationSet"][0]["InvocationStatus"], "RUNNING");
    server.clock().advance(Duration::from_secs(1));
    let tasks = call(
        &tat,
        "DescribeInvocationTasks",
        json!({"Filters": [{"Name": "command-id", "Values": [command]}], "HideOutput": false}),
    )
    .await
    .unwrap();
    assert_eq!(tasks["TotalCount"], 2);
    let by_instance = |id: &str| {
        tasks["InvocationTaskSet"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["InstanceId"] == id)
            .cloned()
            .unwrap()
    };
    let slow = by_instance("ins-slow0001");
    assert_eq!(slow["TaskStatus"], "TIMEOUT");
    assert_eq!(slow["TaskResult"]["Output"], "");
    let fast = by_instance("ins-fast0001");
    assert_eq!(fast["TaskStatus"], "SUCCESS");
    let output = base64::engine::general_purpose::STANDARD
        .decode(fast["TaskResult"]["Output"].as_str().unwrap())
        .unwrap();
    assert_eq!(output, b"hello\n");
    let done = call(&tat, "DescribeInvocations", json!({"InvocationIds": [inv]}))
        .await
        .unwrap();
    assert_eq!(
        done["InvocationSet"][0]["InvocationStatus"],
        "PARTIAL_FAILED"
    );
    assert_eq!(done["InvocationSet"][0]["Timeout"], 10);
    server.shutdown().await;
}

#[tokio::test]
async fn cancel_stops_running_and_waiting_tasks() {
    let server = start_on(MockClock::manual(), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let clock = server.clock();
    let first = call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": ["ins-aaaaaaaa"]}),
    )
    .await
    .unwrap();
    clock.advance(Duration::from_millis(2500));
    let second = call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": ["ins-aaaaaaaa"]}),
    )
    .await
    .unwrap();
    let (first, second) = (
        first["InvocationId"].as_str().unwrap(),
        second["InvocationId"].as_str().unwrap(),
    );

    call(&tat, "CancelInvocation", json!({"InvocationId": first}))
        .await
        .unwrap();
    call(
        &tat,
        "CancelInvocation",
        json!({"InvocationId": second, "InstanceIds": ["ins-aaaaaaaa"]}),
    )
    .await
    .unwrap();
    clock.advance(Duration::from_secs(60));
    let tasks = call(
        &tat,
        "DescribeInvocationTasks",
        json!({"Filters": [{"Name": "instance-id", "Values": ["ins-aaaaaaaa"]}]}),
    )
    .await
    .unwrap();
    // Newest first: the second was still waiting, the first was running.
    let statuses: Vec<&str> = tasks["InvocationTaskSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["TaskStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["CANCELLED", "TERMINATED"]);
    let invocations = call(&tat, "DescribeInvocations", json!({})).await.unwrap();
    assert_eq!(invocations["TotalCount"], 2);
    assert!(invocations["InvocationSet"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["InvocationStatus"] == "CANCELLED"));

    assert_eq!(
        call(
            &tat,
            "CancelInvocation",
            json!({"InvocationId": "inv-zzzzzzzz"})
        )
        .await
        .unwrap_err(),
        "ResourceNotFound.InvocationNotFound"
    );
    assert_eq!(
        call(
            &tat,
            "CancelInvocation",
            json!({"InvocationId": first, "InstanceIds": ["ins-bbbbbbbb"]})
        )
        .await
        .unwrap_err(),
        "InvalidParameterValue.InvalidInstanceId"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn ids_the_mock_did_not_make_keep_their_shape_answers() {
    let server = start_on(MockClock::manual(), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": ["ins-aaaaaaaa"]}),
    )
    .await
    .unwrap();
    // The documented example, verbatim.
    let shape = tat_model::SERVICE.action("DescribeInvocations").unwrap();
    let documented: Value = serde_json::from_str(shape.examples[0].response).unwrap();
    let answer = call(
        &tat,
        "DescribeInvocations",
        serde_json::from_str(shape.examples[0].request).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(answer, documented["Response"]);
    // Other ids the mock never made: the shape answer, one item per id.
    let answer = call(
        &tat,
        "DescribeInvocations",
        json!({"InvocationIds": ["inv-aaaaaaaa", "inv-bbbbbbbb"]}),
    )
    .await
    .unwrap();
    assert_eq!(answer["TotalCount"], 2);
    assert_eq!(answer["InvocationSet"][1]["InvocationId"], "inv-bbbbbbbb");
    server.shutdown().await;
}

#[tokio::test]
async fn a_scenario_with_one_failing_instance_partially_fails() {
    let scenario = sdk_mock::Scenario::from_json(
        r#"{"instances": [
            {"id": "ins-good0001", "output": "ok"},
            {"id": "ins-good0002", "duration_seconds": 1},
            {"id": "ins-bad00001", "exit_code": 1, "output": "boom"},
            {"id": "ins-off00001", "agent_status": "Offline"}
        ]}"#,
    )
    .unwrap();
    let server = start_on(MockClock::manual(), Some(scenario)).await;
    let tat = client(&server, &tat_model::SERVICE);
    let fleet = ["ins-good0001", "ins-good0002", "ins-bad00001"];
    let run = call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": fleet}),
    )
    .await
    .unwrap();
    let inv = run["InvocationId"].as_str().unwrap();
    server.clock().advance(Duration::from_secs(4));
    let tasks = call(
        &tat,
        "DescribeInvocationTasks",
        json!({"Filters": [{"Name": "invocation-id", "Values": [inv]}], "HideOutput": false}),
    )
    .await
    .unwrap();
    assert_eq!(tasks["TotalCount"], 3);
    for task in tasks["InvocationTaskSet"].as_array().unwrap() {
        let failing = task["InstanceId"] == "ins-bad00001";
        assert_eq!(
            task["TaskStatus"],
            if failing { "FAILED" } else { "SUCCESS" },
            "{task}"
        );
        assert_eq!(task["TaskResult"]["ExitCode"], if failing { 1 } else { 0 });
    }
    let invocation = call(&tat, "DescribeInvocations", json!({"InvocationIds": [inv]}))
        .await
        .unwrap();
    assert_eq!(
        invocation["InvocationSet"][0]["InvocationStatus"],
        "PARTIAL_FAILED"
    );

    // Instances the scenario does not know, or whose agent is offline, are refused.
    let unknown = call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": ["ins-good0001", "ins-zzzzzzzz"]}),
    )
    .await;
    assert_eq!(unknown.unwrap_err(), "ResourceNotFound.InstanceNotFound");
    let offline = call(
        &tat,
        "RunCommand",
        json!({"Content": "bHM=", "InstanceIds": ["ins-off00001"]}),
    )
    .await;
    assert_eq!(
        offline.unwrap_err(),
        "ResourceUnavailable.AgentStatusNotOnline"
    );
    // The agents are the scenario's.
    let agents = call(&tat, "DescribeAutomationAgentStatus", json!({}))
        .await
        .unwrap();
    assert_eq!(agents["TotalCount"], 4);
    assert_eq!(agents["AutomationAgentSet"][0]["Environment"], "Linux");
    let offline = call(
        &tat,
        "DescribeAutomationAgentStatus",
        json!({"Filters": [{"Name": "agent-status", "Values": ["Offline"]}]}),
    )
    .await
    .unwrap();
    assert_eq!(offline["TotalCount"], 1);
    assert_eq!(
        offline["AutomationAgentSet"][0]["InstanceId"],
        "ins-off00001"
    );
    assert!(offline["AutomationAgentSet"][0]
        .get("LastHeartbeatTime")
        .is_none());
    // A scenario instance with nothing run on it yet: an empty answer from state.
    let none = call(
        &tat,
        "DescribeInvocationTasks",
        json!({"Filters": [{"Name": "instance-id", "Values": ["ins-off00001"]}]}),
    )
    .await
    .unwrap();
    assert_eq!(none["TotalCount"], 0);
    server.shutdown().await;
}
