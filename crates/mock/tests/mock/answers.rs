//! Every action answers: documented example inputs give the documented outputs, other
//! inputs give answers of the documented shape with consistent pagination, and created
//! invokers are remembered.

use futures_util::StreamExt;
use sdk_shape::{Protocol, ServiceShape};
use serde_json::{json, Value};

use crate::support::{client, start};

fn members(service: &ServiceShape, response: &str) -> Value {
    let value: Value = serde_json::from_str(response).unwrap();
    match service.protocol {
        Protocol::Tc3Json => value["Response"].clone(),
        Protocol::Acs3Rpc => value,
    }
}

#[tokio::test]
async fn documented_examples_get_documented_answers() {
    let server = start().await;
    let mut checked = Vec::new();
    for service in sdk_mock::all_service_shapes() {
        let client = client(&server, service);
        for action in service.actions {
            for example in action.examples {
                let request: Value = if example.request.trim().is_empty() {
                    // Documented without a request: ask for the documented id.
                    let expected = members(service, example.response);
                    let id = expected
                        .pointer("/Invocations/Invocation/0/InvokeId")
                        .cloned();
                    json!({ "InvokeId": id.expect("the example names an InvokeId") })
                } else {
                    serde_json::from_str(example.request).unwrap()
                };
                let answer = client
                    .send_json(action, request)
                    .await
                    .unwrap_or_else(|e| panic!("{} {}: {e}", service.name, action.name));
                assert_eq!(
                    answer.body,
                    members(service, example.response),
                    "{} {} {}",
                    service.name,
                    action.name,
                    example.title
                );
                checked.push(service.name);
            }
        }
    }
    // Every documented example of every service: TAT has 35, eflo-controller one.
    let of = |name: &str| checked.iter().filter(|s| **s == name).count();
    assert_eq!((of("tat"), of("eflo-controller")), (35, 1));
    server.shutdown().await;
}

#[tokio::test]
async fn every_action_answers_other_inputs_with_the_documented_shape() {
    let server = start().await;
    let tat = client(&server, &tat_model::SERVICE);
    use tat_model::actions::*;
    let out = tat
        .send::<describe_invocations::DescribeInvocations>(
            &serde_json::from_value(json!({"InvocationIds": ["inv-aaaaaaaa", "inv-bbbbbbbb", "inv-cccccccc"], "Offset": 1, "Limit": 1})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(out.total_count(), Some(3));
    assert_eq!(out.invocation_set().len(), 1);
    assert_eq!(
        out.invocation_set()[0].invocation_id(),
        Some("inv-bbbbbbbb")
    );

    let out = tat
        .send::<describe_invocation_tasks::DescribeInvocationTasks>(
            &serde_json::from_value(json!({"Filters": [{"Name": "instance-id", "Values": ["ins-zzzzzzzz"]}], "Limit": 2})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(out.total_count(), Some(3));
    assert_eq!(out.invocation_task_set().len(), 2);
    for task in out.invocation_task_set() {
        assert_eq!(task.instance_id(), Some("ins-zzzzzzzz"));
    }

    let out = tat
        .send::<describe_invoker_records::DescribeInvokerRecords>(
            &serde_json::from_value(json!({"InvokerIds": ["ivk-b7s3qa5l"], "Limit": 5})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(out.total_count(), Some(1));
    assert_eq!(
        out.invoker_record_set()[0].invoker_id(),
        Some("ivk-b7s3qa5l")
    );

    let eflo = client(&server, &eflo_controller_model::SERVICE);
    let action = eflo_controller_model::SERVICE
        .action("DescribeInvocations")
        .unwrap();
    let out = eflo
        .send_json(
            action,
            json!({"InvokeId": "t-mine0001", "NodeId": "e01-cn-mine", "IncludeOutput": true}),
        )
        .await
        .unwrap();
    assert_eq!(
        out.body["Invocations"]["Invocation"][0]["InvokeId"],
        "t-mine0001"
    );
    assert_eq!(
        out.body["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"][0]["NodeId"],
        "e01-cn-mine"
    );
    let typed = eflo
        .send::<eflo_controller_model::actions::describe_invocations::DescribeInvocations>(
            &serde_json::from_value(json!({"InvokeId": "t-mine0002"})).unwrap(),
        )
        .await;
    assert!(typed.is_ok(), "{typed:?}");
    server.shutdown().await;
}

#[tokio::test]
async fn pages_fit_together_and_request_ids_are_fresh() {
    let server = start().await;
    let tat = client(&server, &tat_model::SERVICE);
    let action = tat_model::SERVICE.action("DescribeInvocations").unwrap();
    let mut seen = Vec::new();
    let mut request_ids = Vec::new();
    for offset in [0, 2, 4] {
        let out = tat
            .send_json(action, json!({"Offset": offset, "Limit": 2}))
            .await
            .unwrap();
        assert_eq!(out.body["TotalCount"], 3);
        request_ids.push(out.request_id.unwrap());
        for item in out.body["InvocationSet"].as_array().unwrap() {
            seen.push(item["InvocationId"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(seen, ["inv-mock0000", "inv-mock0001", "inv-mock0002"]);
    request_ids.dedup();
    assert_eq!(request_ids.len(), 3);

    // The runtime's paginator walks the same items.
    let items: Vec<_> = tat
        .paginate::<tat_model::actions::describe_invocations::DescribeInvocations>(
            serde_json::from_value(json!({"Limit": 1})).unwrap(),
        )
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(Result::is_ok));
    server.shutdown().await;
}

#[tokio::test]
async fn created_invokers_are_remembered() {
    let server = start().await;
    let tat = client(&server, &tat_model::SERVICE);
    let create = tat_model::SERVICE.action("CreateInvoker").unwrap();
    let records = tat_model::SERVICE.action("DescribeInvokerRecords").unwrap();
    let request = json!({"Name": "mine", "Type": "SCHEDULE", "CommandId": "cmd-aaaaaaaa", "InstanceIds": ["ins-aaaaaaaa"]});
    let a = tat.send_json(create, request.clone()).await.unwrap();
    let b = tat.send_json(create, request).await.unwrap();
    let id = a.body["InvokerId"].as_str().unwrap().to_owned();
    assert_ne!(a.body["InvokerId"], b.body["InvokerId"]);
    let suffix = id.strip_prefix("ivk-").expect("an ivk- id");
    assert_eq!(suffix.len(), 8);
    assert!(suffix
        .bytes()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));

    // Nothing has run yet: no records, and no error.
    let out = tat
        .send_json(records, json!({"InvokerIds": [id]}))
        .await
        .unwrap();
    assert_eq!(out.body["TotalCount"], 0);
    assert_eq!(out.body["InvokerRecordSet"], json!([]));

    // Mixed with an id the mock did not create, only that one has a record.
    let out = tat
        .send_json(records, json!({"InvokerIds": [id, "ivk-zzzzzzzz"]}))
        .await
        .unwrap();
    assert_eq!(out.body["TotalCount"], 1);
    assert_eq!(out.body["InvokerRecordSet"][0]["InvokerId"], "ivk-zzzzzzzz");
    server.shutdown().await;
}
