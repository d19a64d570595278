//! TAT commands as state: created, listed, filtered, paged, modified and deleted through
//! real signed requests, and unknown ids refused with the documented code.

use sdk_mock::{MockClock, MockCredentials, MockOptions, MockServer};
use sdk_runtime::ServiceClient;
use serde_json::{json, Value};

use crate::support::client;

pub async fn start_on(clock: MockClock, scenario: Option<sdk_mock::Scenario>) -> MockServer {
    let mut options = MockOptions::all_services()
        .with_credentials(MockCredentials::Demo)
        .with_clock(clock);
    if let Some(scenario) = scenario {
        options = options.with_scenario(scenario);
    }
    MockServer::start(options).await.expect("the mock starts")
}

/// The answer's members, or the error code.
pub async fn call(tat: &ServiceClient, action: &str, request: Value) -> Result<Value, String> {
    let shape = tat_model::SERVICE.action(action).expect("a TAT action");
    match tat.send_json(shape, request).await {
        Ok(answer) => Ok(answer.body),
        Err(e) => Err(e
            .code()
            .unwrap_or_else(|| format!("not a service error: {e}"))),
    }
}

#[tokio::test]
async fn commands_are_stored_listed_modified_and_deleted() {
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);

    // Nothing invented: a fresh mock has no commands.
    let listed = call(&tat, "DescribeCommands", json!({})).await.unwrap();
    assert_eq!(
        (listed["TotalCount"].clone(), listed["CommandSet"].clone()),
        (json!(0), json!([]))
    );

    let mut ids = Vec::new();
    for name in ["first", "second", "third"] {
        let created = call(&tat, "CreateCommand", json!({"CommandName": name, "Content": "bHM=", "Tags": [{"Key": "team", "Value": name}]}))
            .await
            .unwrap();
        let id = created["CommandId"].as_str().unwrap().to_owned();
        assert!(id.starts_with("cmd-") && id.len() == 12, "{id}");
        ids.push(id);
    }
    assert_ne!(ids[0], ids[1]);

    // Stored with the documented defaults, times from the mock's clock.
    let one = call(&tat, "DescribeCommands", json!({"CommandIds": [ids[0]]}))
        .await
        .unwrap();
    assert_eq!(one["TotalCount"], 1);
    let command = &one["CommandSet"][0];
    assert_eq!(command["CommandId"], ids[0].as_str());
    assert_eq!(command["CommandName"], "first");
    assert_eq!(command["CommandType"], "SHELL");
    assert_eq!(command["WorkingDirectory"], "/root");
    assert_eq!(command["Timeout"], 60);
    assert_eq!(command["EnableParameter"], false);
    assert_eq!(command["CreatedBy"], "USER");
    assert_eq!(command["CreatedTime"], "2027-01-15T08:00:00+00:00");

    // Newest first, paged, TotalCount over every match.
    let page = call(&tat, "DescribeCommands", json!({"Offset": 1, "Limit": 1}))
        .await
        .unwrap();
    assert_eq!(page["TotalCount"], 3);
    assert_eq!(page["CommandSet"][0]["CommandId"], ids[1].as_str());

    for (filter, values, expected) in [
        (
            "command-name",
            json!(["first", "third"]),
            vec![&ids[2], &ids[0]],
        ),
        ("command-id", json!([ids[1]]), vec![&ids[1]]),
        ("command-type", json!(["POWERSHELL"]), vec![]),
        (
            "created-by",
            json!(["USER"]),
            vec![&ids[2], &ids[1], &ids[0]],
        ),
        ("created-by", json!(["TAT"]), vec![]),
        ("tag:team", json!(["second"]), vec![&ids[1]]),
    ] {
        let found = call(
            &tat,
            "DescribeCommands",
            json!({"Filters": [{"Name": filter, "Values": values}]}),
        )
        .await
        .unwrap();
        let got: Vec<&str> = found["CommandSet"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["CommandId"].as_str().unwrap())
            .collect();
        let want: Vec<&str> = expected.iter().map(|s| s.as_str()).collect();
        assert_eq!(got, want, "{filter}");
        assert_eq!(found["TotalCount"], want.len());
    }

    // ModifyCommand changes what it names and nothing else.
    server.clock().advance(std::time::Duration::from_secs(60));
    call(
        &tat,
        "ModifyCommand",
        json!({"CommandId": ids[0], "CommandName": "renamed", "Timeout": 5}),
    )
    .await
    .unwrap();
    let one = call(&tat, "DescribeCommands", json!({"CommandIds": [ids[0]]}))
        .await
        .unwrap();
    let command = &one["CommandSet"][0];
    assert_eq!(
        (
            command["CommandName"].clone(),
            command["Timeout"].clone(),
            command["Content"].clone()
        ),
        (json!("renamed"), json!(5), json!("bHM="))
    );
    assert_eq!(command["UpdatedTime"], "2027-01-15T08:01:00+00:00");

    // Unknown ids: the service's own code (these pages document none; TAT's list has it),
    // and nothing deleted by a half-valid DeleteCommands.
    assert_eq!(
        call(
            &tat,
            "ModifyCommand",
            json!({"CommandId": "cmd-zzzzzzzz", "CommandName": "x"})
        )
        .await
        .unwrap_err(),
        "ResourceNotFound.CommandNotFound"
    );
    assert_eq!(
        call(
            &tat,
            "DeleteCommands",
            json!({"CommandIds": [ids[1], "cmd-zzzzzzzz"]})
        )
        .await
        .unwrap_err(),
        "ResourceNotFound.CommandNotFound"
    );
    assert_eq!(
        call(
            &tat,
            "InvokeCommand",
            json!({"CommandId": "cmd-zzzzzzzz", "InstanceIds": ["ins-aaaaaaaa"]})
        )
        .await
        .unwrap_err(),
        "ResourceNotFound.CommandNotFound"
    );
    assert_eq!(
        call(&tat, "DescribeCommands", json!({})).await.unwrap()["TotalCount"],
        3
    );

    call(&tat, "DeleteCommand", json!({"CommandId": ids[0]}))
        .await
        .unwrap();
    call(
        &tat,
        "DeleteCommands",
        json!({"CommandIds": [ids[1], ids[2]]}),
    )
    .await
    .unwrap();
    assert_eq!(
        call(&tat, "DescribeCommands", json!({})).await.unwrap()["TotalCount"],
        0
    );
    assert_eq!(
        call(&tat, "DeleteCommand", json!({"CommandId": ids[0]}))
            .await
            .unwrap_err(),
        "ResourceNotFound.CommandNotFound"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn documented_examples_still_answer_as_documented() {
    let server = start_on(MockClock::manual(), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    for action in [
        "CreateCommand",
        "DescribeCommands",
        "ModifyCommand",
        "DeleteCommand",
        "RunCommand",
    ] {
        let shape = tat_model::SERVICE.action(action).unwrap();
        let example = &shape.examples[0];
        let request: Value = serde_json::from_str(example.request).unwrap();
        let documented: Value = serde_json::from_str(example.response).unwrap();
        let answer = call(&tat, action, request).await.unwrap();
        assert_eq!(answer, documented["Response"], "{action}");
    }
    server.shutdown().await;
}
