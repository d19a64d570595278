//! TAT registration codes and registered instances as state, and custom parameters
//! substituted as documented (PreviewReplacedCommandContent, and refused where the docs
//! refuse them).

use base64::Engine as _;
use sdk_mock::{MockClock, Scenario};
use serde_json::json;

use crate::lifecycle_commands::{call, start_on};
use crate::support::client;

#[tokio::test]
async fn registration_codes_are_made_listed_disabled_and_deleted() {
    // 2027-01-15T08:00:00Z.
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let made = call(
        &tat,
        "CreateRegisterCode",
        json!({"Description": "web", "InstanceNamePrefix": "web", "EffectiveTime": 2}),
    )
    .await
    .unwrap();
    let id = made["RegisterCodeId"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 36, "{id}");
    assert_eq!(made["RegisterCodeValue"].as_str().unwrap().len(), 64);
    let forever = call(
        &tat,
        "CreateRegisterCode",
        json!({"EffectiveTime": 100_000}),
    )
    .await
    .unwrap();
    let forever = forever["RegisterCodeId"].as_str().unwrap().to_owned();

    let listed = call(&tat, "DescribeRegisterCodes", json!({}))
        .await
        .unwrap();
    assert_eq!(listed["TotalCount"], 2);
    let code = &listed["RegisterCodeSet"][1];
    assert_eq!(code["RegisterCodeId"], id.as_str());
    assert_eq!(code["Description"], "web");
    assert_eq!(code["Enabled"], true);
    // The documented default limit; expiry after the hours given, none past 99999.
    assert_eq!(code["RegisterLimit"], 10);
    assert_eq!(code["RegisteredCount"], 0);
    assert_eq!(code["ExpiredTime"], "2027-01-15T10:00:00+00:00");
    assert!(listed["RegisterCodeSet"][0].get("ExpiredTime").is_none());

    call(
        &tat,
        "DisableRegisterCodes",
        json!({"RegisterCodeIds": [id]}),
    )
    .await
    .unwrap();
    let one = call(
        &tat,
        "DescribeRegisterCodes",
        json!({"RegisterCodeIds": [id]}),
    )
    .await
    .unwrap();
    assert_eq!(one["TotalCount"], 1);
    assert_eq!(one["RegisterCodeSet"][0]["Enabled"], false);

    // One unknown id among the mock's: nothing is deleted.
    let unknown = "00000000-0000-4000-8000-000000000000";
    assert_eq!(
        call(
            &tat,
            "DeleteRegisterCodes",
            json!({"RegisterCodeIds": [id, unknown]})
        )
        .await
        .unwrap_err(),
        "ResourceNotFound.RegisterCodesNotFoundCode"
    );
    call(
        &tat,
        "DeleteRegisterCodes",
        json!({"RegisterCodeIds": [id]}),
    )
    .await
    .unwrap();
    let left = call(&tat, "DescribeRegisterCodes", json!({}))
        .await
        .unwrap();
    assert_eq!(left["TotalCount"], 1);
    assert_eq!(
        left["RegisterCodeSet"][0]["RegisterCodeId"],
        forever.as_str()
    );
    server.shutdown().await;
}

#[tokio::test]
async fn registered_instances_come_from_the_scenario_and_can_be_renamed_and_deleted() {
    let scenario = Scenario::from_json(
        r#"{"instances": [
            {"id": "rins-web00001", "name": "web-1", "environment": "Windows"},
            {"id": "rins-web00002", "agent_status": "Offline"},
            {"id": "ins-cvm00001"}
        ]}"#,
    )
    .unwrap();
    let server = start_on(MockClock::manual_at(1_800_000_000), Some(scenario)).await;
    let tat = client(&server, &tat_model::SERVICE);
    let all = call(&tat, "DescribeRegisterInstances", json!({}))
        .await
        .unwrap();
    assert_eq!(all["TotalCount"], 2, "only rins- instances are registered");
    let first = &all["RegisterInstanceSet"][0];
    assert_eq!(first["InstanceId"], "rins-web00001");
    assert_eq!(first["InstanceName"], "web-1");
    assert_eq!(first["SystemName"], "Windows");
    assert_eq!(first["Status"], "Online");
    assert_eq!(
        all["RegisterInstanceSet"][1]["InstanceName"],
        "rins-web00002"
    );
    let offline = call(
        &tat,
        "DescribeRegisterInstances",
        json!({"Filters": [{"Name": "register-status", "Values": ["Offline"]}]}),
    )
    .await
    .unwrap();
    assert_eq!(offline["TotalCount"], 1);
    assert_eq!(
        offline["RegisterInstanceSet"][0]["InstanceId"],
        "rins-web00002"
    );

    call(
        &tat,
        "ModifyRegisterInstance",
        json!({"InstanceId": "rins-web00001", "InstanceName": "web-one"}),
    )
    .await
    .unwrap();
    let renamed = call(
        &tat,
        "DescribeRegisterInstances",
        json!({"Filters": [{"Name": "instance-name", "Values": ["web-one"]}]}),
    )
    .await
    .unwrap();
    assert_eq!(renamed["TotalCount"], 1);
    assert_eq!(
        renamed["RegisterInstanceSet"][0]["UpdatedTime"],
        "2027-01-15T08:00:00+00:00"
    );

    // A registered instance runs commands until it is deleted.
    let run = json!({"Content": "bHM=", "InstanceIds": ["rins-web00001"]});
    call(&tat, "RunCommand", run.clone()).await.unwrap();
    call(
        &tat,
        "DeleteRegisterInstance",
        json!({"InstanceId": "rins-web00001"}),
    )
    .await
    .unwrap();
    assert_eq!(
        call(&tat, "RunCommand", run).await.unwrap_err(),
        "ResourceNotFound.InstanceNotFound"
    );
    let left = call(&tat, "DescribeRegisterInstances", json!({}))
        .await
        .unwrap();
    assert_eq!(left["TotalCount"], 1);
    server.shutdown().await;
}

fn b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text)
}

fn unb64(value: &serde_json::Value) -> String {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value.as_str().unwrap())
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

#[tokio::test]
async fn parameters_are_substituted_over_the_command_defaults() {
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let content = b64("echo {{greeting}} {{name}} {{other}}");
    let with_parameters = call(
        &tat,
        "CreateCommand",
        json!({"CommandName": "p", "Content": content, "EnableParameter": true,
               "DefaultParameters": "{\"greeting\": \"hello\", \"name\": \"world\"}"}),
    )
    .await
    .unwrap();
    let command = with_parameters["CommandId"].as_str().unwrap().to_owned();
    let preview = |request| {
        let tat = &tat;
        async move { call(tat, "PreviewReplacedCommandContent", request).await }
    };
    let defaults = preview(json!({"CommandId": command})).await.unwrap();
    assert_eq!(
        unb64(&defaults["ReplacedContent"]),
        "echo hello world {{other}}"
    );
    let given = preview(json!({"CommandId": command, "Parameters": "{\"name\": \"TAT\"}"}))
        .await
        .unwrap();
    assert_eq!(unb64(&given["ReplacedContent"]), "echo hello TAT {{other}}");
    // Content given directly takes only the request's parameters.
    let direct = preview(json!({"Content": content, "Parameters": "{\"other\": \"!\"}"}))
        .await
        .unwrap();
    assert_eq!(
        unb64(&direct["ReplacedContent"]),
        "echo {{greeting}} {{name}} !"
    );

    for (parameters, code) in [
        ("[1]", "InvalidParameterValue.ParameterInvalidJsonFormat"),
        (
            "{\"a\": 1}",
            "InvalidParameterValue.ParameterValueNotString",
        ),
        (
            "{\"a b\": \"1\"}",
            "InvalidParameterValue.ParameterKeyContainsInvalidChar",
        ),
    ] {
        assert_eq!(
            preview(json!({"CommandId": command, "Parameters": parameters}))
                .await
                .unwrap_err(),
            code,
            "{parameters}"
        );
    }
    let many: serde_json::Map<String, serde_json::Value> =
        (0..21).map(|i| (format!("p{i}"), json!("v"))).collect();
    assert_eq!(
        preview(
            json!({"Content": content, "Parameters": serde_json::Value::Object(many).to_string()})
        )
        .await
        .unwrap_err(),
        "InvalidParameterValue.ParameterNumberExceeded"
    );

    // A command without EnableParameter takes no parameters, to preview or to run.
    let plain = call(
        &tat,
        "CreateCommand",
        json!({"CommandName": "q", "Content": content}),
    )
    .await
    .unwrap();
    let plain = plain["CommandId"].as_str().unwrap().to_owned();
    let refused = "InvalidParameterValue.SupportParametersOnlyIfEnableParameter";
    assert_eq!(
        preview(json!({"CommandId": plain, "Parameters": "{}"}))
            .await
            .unwrap_err(),
        refused
    );
    assert_eq!(
        call(
            &tat,
            "InvokeCommand",
            json!({"CommandId": plain, "InstanceIds": ["ins-aaaaaaaa"], "Parameters": "{}"})
        )
        .await
        .unwrap_err(),
        refused
    );
    // The documented example still answers as documented.
    let example = preview(json!({"Parameters": "{\"a\": \"123\"}", "Content": "bHMge3thfX0KZWNobyB7e2J9fSB7e2N9fQ=="}))
        .await
        .unwrap();
    assert_eq!(
        example["ReplacedContent"],
        "bHMgMTIzCmVjaG8ge3tifX0ge3tjfX0="
    );
    server.shutdown().await;
}
