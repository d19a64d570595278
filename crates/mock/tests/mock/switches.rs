//! The documented switches: TAT DescribeInvocationTasks `HideOutput` (default true) and
//! eflo-controller DescribeInvocations `IncludeOutput` and `ContentEncoding` (default
//! `Base64`, or `PlainText`), through the runtime's client.

use sdk_runtime::ServiceClient;
use serde_json::{json, Value};

use crate::support::{client, start};

async fn tasks(tat: &ServiceClient, request: Value) -> Value {
    let action = tat_model::SERVICE
        .action("DescribeInvocationTasks")
        .expect("documented action");
    let answer = tat.send_json(action, request).await.expect("an answer");
    answer.body["InvocationTaskSet"].clone()
}

fn outputs(items: &Value) -> Vec<&str> {
    items
        .as_array()
        .expect("a list")
        .iter()
        .map(|task| task["TaskResult"]["Output"].as_str().expect("a string"))
        .collect()
}

#[tokio::test]
async fn hide_output_hides_task_output_by_default() {
    let server = start().await;
    let tat = client(&server, &tat_model::SERVICE);
    let filter = json!([{"Name": "invocation-id", "Values": ["inv-aaaaaaaa"]}]);

    let hidden = tasks(&tat, json!({"Filters": filter, "Limit": 2})).await;
    assert_eq!(outputs(&hidden), ["", ""], "HideOutput defaults to true");
    let hidden = tasks(&tat, json!({"Filters": filter, "HideOutput": true})).await;
    assert!(outputs(&hidden).iter().all(|o| o.is_empty()));
    // The rest of the result is still there.
    assert_eq!(hidden[0]["TaskResult"]["ExitCode"], 0);

    let shown = tasks(&tat, json!({"Filters": filter, "HideOutput": false})).await;
    assert!(!outputs(&shown).is_empty());
    for output in outputs(&shown) {
        assert_eq!(output, "cm9vdAo=", "the documented output, base64");
    }
    server.shutdown().await;
}

#[tokio::test]
async fn the_documented_example_still_gets_its_documented_answer() {
    let server = start().await;
    let tat = client(&server, &tat_model::SERVICE);
    let example = &tat_model::actions::describe_invocation_tasks::SHAPE.examples[0];
    let request: Value = serde_json::from_str(example.request).expect("json");
    assert_eq!(
        request["HideOutput"], false,
        "the page's example shows output"
    );
    let items = tasks(&tat, request).await;
    assert_eq!(outputs(&items), ["cm9vdAo="]);
    server.shutdown().await;
}

async fn nodes(eflo: &ServiceClient, request: Value) -> Value {
    let action = eflo_controller_model::SERVICE
        .action("DescribeInvocations")
        .expect("documented action");
    let answer = eflo.send_json(action, request).await.expect("an answer");
    answer.body["Invocations"]["Invocation"][0].clone()
}

#[tokio::test]
async fn include_output_and_content_encoding_shape_the_eflo_answer() {
    let server = start().await;
    let eflo = client(&server, &eflo_controller_model::SERVICE);
    let id = "t-mine0001";

    let without = nodes(&eflo, json!({"InvokeId": id})).await;
    assert_eq!(without["InvokeNodes"]["InvokeNode"][0]["Output"], "");
    let without = nodes(&eflo, json!({"InvokeId": id, "IncludeOutput": false})).await;
    assert_eq!(without["InvokeNodes"]["InvokeNode"][0]["Output"], "");

    // Base64 is the default: both documented members are valid base64.
    let base64 = nodes(&eflo, json!({"InvokeId": id, "IncludeOutput": true})).await;
    assert_eq!(
        base64["InvokeNodes"]["InvokeNode"][0]["Output"],
        "T3V0UHV0VGVzdG1zZw=="
    );
    let content = base64["CommandContent"].as_str().expect("a string");
    let explicit = nodes(
        &eflo,
        json!({"InvokeId": id, "IncludeOutput": true, "ContentEncoding": "Base64"}),
    )
    .await;
    assert_eq!(explicit, base64);

    let plain = nodes(
        &eflo,
        json!({"InvokeId": id, "IncludeOutput": true, "ContentEncoding": "PlainText"}),
    )
    .await;
    assert_eq!(
        plain["InvokeNodes"]["InvokeNode"][0]["Output"],
        "OutPutTestmsg"
    );
    let plain_content = plain["CommandContent"].as_str().expect("a string");
    assert_ne!(plain_content, content);
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(content)
        .expect("CommandContent is base64 by default");
    assert_eq!(String::from_utf8(decoded).expect("text"), plain_content);
    server.shutdown().await;
}

#[tokio::test]
async fn switches_on_the_documented_id_leave_the_requestless_example() {
    let server = start().await;
    let eflo = client(&server, &eflo_controller_model::SERVICE);
    let id = "t-ind3k9ytvvduoe8";
    // Without switches: the documented answer, verbatim (its RequestId included).
    let action = eflo_controller_model::SERVICE
        .action("DescribeInvocations")
        .expect("documented action");
    let documented = eflo
        .send_json(action, json!({"InvokeId": id}))
        .await
        .expect("an answer");
    assert_eq!(
        documented.request_id.as_deref(),
        Some("4FD06DF0-9167-5C6F-A145-F30CA4A15D54")
    );
    // With a switch, the switch is honoured.
    let plain = nodes(
        &eflo,
        json!({"InvokeId": id, "IncludeOutput": true, "ContentEncoding": "PlainText"}),
    )
    .await;
    assert_eq!(plain["InvokeId"], id);
    assert_eq!(
        plain["InvokeNodes"]["InvokeNode"][0]["Output"],
        "OutPutTestmsg"
    );
    let hidden = nodes(&eflo, json!({"InvokeId": id, "IncludeOutput": false})).await;
    assert_eq!(hidden["InvokeNodes"]["InvokeNode"][0]["Output"], "");
    server.shutdown().await;
}
