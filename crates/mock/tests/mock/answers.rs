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
        Protocol::Acs3Rpc | Protocol::Acs3Roa => value,
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
                    example.title.en
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

/// A service whose pages document no example, as the tests make it: a paged action whose
/// items nest objects (one of a type that contains itself), enums, date-times, crontabs,
/// base64, ranges and member examples. A second Tencent service for `auth.rs` too.
pub mod undocumented {
    use sdk_shape::{
        ActionShape, CredentialSources, EnumShape, EnumValue, Kind, MemberShape, Pagination,
        Protocol, ServiceShape, StructShape,
    };

    const fn m(name: &'static str, kind: Kind) -> MemberShape {
        MemberShape {
            name,
            kind,
            ..MemberShape::BASE
        }
    }

    const fn value(value: &'static str) -> EnumValue {
        EnumValue {
            value,
            description: sdk_shape::Text::NONE,
        }
    }

    static STATE: EnumShape = EnumShape {
        name: "InstanceState",
        description: sdk_shape::Text::NONE,
        values: &[value("PENDING"), value("RUNNING"), value("STOPPED")],
    };

    static PLACEMENT: StructShape = StructShape {
        name: "Placement",
        description: sdk_shape::Text::NONE,
        members: &[
            MemberShape {
                example: Some("\"ap-guangzhou-3\""),
                ..m("Zone", Kind::String)
            },
            MemberShape {
                minimum: Some(0),
                ..m("ProjectId", Kind::Int64)
            },
        ],
        rules: &[],
    };

    static DISK: StructShape = StructShape {
        name: "DataDisk",
        description: sdk_shape::Text::NONE,
        members: &[
            MemberShape {
                minimum: Some(10),
                maximum: Some(16000),
                ..m("DiskSize", Kind::Int64)
            },
            MemberShape {
                example: Some("\"RUNNING\""),
                ..m("State", Kind::Enum(&STATE))
            },
        ],
        rules: &[],
    };

    static GROUP: StructShape = StructShape {
        name: "Group",
        description: sdk_shape::Text::NONE,
        members: &[
            m("GroupName", Kind::String),
            MemberShape {
                list: true,
                ..m("Subgroups", Kind::Struct(sdk_shape::StructRef::to(&GROUP)))
            },
        ],
        rules: &[],
    };

    static INSTANCE: StructShape = StructShape {
        name: "Instance",
        description: sdk_shape::Text::NONE,
        members: &[
            MemberShape {
                example: Some("\"ins-r8hr2upy\""),
                ..m("InstanceId", Kind::String)
            },
            m("InstanceName", Kind::String),
            m("InstanceState", Kind::Enum(&STATE)),
            m(
                "Placement",
                Kind::Struct(sdk_shape::StructRef::to(&PLACEMENT)),
            ),
            MemberShape {
                list: true,
                ..m("DataDisks", Kind::Struct(sdk_shape::StructRef::to(&DISK)))
            },
            MemberShape {
                example: Some("\"last week\""),
                ..m("CreatedTime", Kind::DateTime)
            },
            m("Schedule", Kind::Crontab),
            MemberShape {
                base64: true,
                ..m("UserData", Kind::String)
            },
            MemberShape {
                list: true,
                example: Some("[\"web\", \"db\"]"),
                ..m("Tags", Kind::String)
            },
            m("Group", Kind::Struct(sdk_shape::StructRef::to(&GROUP))),
            MemberShape {
                minimum: Some(1),
                maximum: Some(96),
                ..m("CPU", Kind::Int32)
            },
            m("Ratio", Kind::Number),
            m("Renewable", Kind::Boolean),
        ],
        rules: &[],
    };

    pub static DESCRIBE_INSTANCES: ActionShape = ActionShape {
        name: "DescribeInstances",
        command: "describe-instances",
        description: sdk_shape::Text::NONE,
        rate_limit: None,
        region_required: true,
        read_only: true,
        input: &[
            MemberShape {
                list: true,
                ..m("InstanceIds", Kind::String)
            },
            MemberShape {
                default: Some("0"),
                ..m("Offset", Kind::Int64)
            },
            MemberShape {
                default: Some("20"),
                maximum: Some(100),
                ..m("Limit", Kind::Int64)
            },
        ],
        output: &[
            m("TotalCount", Kind::Uint64),
            MemberShape {
                list: true,
                ..m(
                    "InstanceSet",
                    Kind::Struct(sdk_shape::StructRef::to(&INSTANCE)),
                )
            },
            m("RequestId", Kind::String),
        ],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: Some(Pagination {
            offset: "Offset",
            limit: "Limit",
            total: "TotalCount",
            items: "InstanceSet",
        }),
        http: None,
    };

    pub static SERVICE: ServiceShape = ServiceShape {
        name: "undocumented",
        title: "A service documented without examples",
        version: "2017-03-12",
        protocol: Protocol::Tc3Json,
        endpoints: &[],
        regional_endpoint: Some("undocumented.{region}.tencentcloudapi.com"),
        endpoint_map: &[],
        credentials: CredentialSources {
            id_env: "TENCENTCLOUD_SECRET_ID",
            secret_env: "TENCENTCLOUD_SECRET_KEY",
            token_env: "TENCENTCLOUD_SESSION_TOKEN",
            region_env: Some("TENCENTCLOUD_REGION"),
            profile_file: "~/.tencentcloud/credentials",
        },
        common_errors: &[],
        service_errors: &[],
        actions: &[&DESCRIBE_INSTANCES],
        waiters: &[],
    };
}

#[tokio::test]
async fn an_action_without_examples_answers_every_member_filled() {
    use undocumented::{DESCRIBE_INSTANCES, SERVICE};
    let server = sdk_mock::MockServer::start(
        sdk_mock::MockOptions::all_services()
            .with_services(vec![&SERVICE])
            .with_credentials(sdk_mock::MockCredentials::Demo),
    )
    .await
    .expect("the mock starts");
    let client = client(&server, &SERVICE);

    let out = client
        .send_json(&DESCRIBE_INSTANCES, json!({"Limit": 2}))
        .await
        .unwrap();
    assert_eq!(
        sdk_shape::validate_output(&DESCRIBE_INSTANCES, &out.body),
        Ok(())
    );
    assert_eq!(out.body["TotalCount"], 3);
    let items = out.body["InstanceSet"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    // Every member, from its own documented example where it has a valid one (not the
    // CreatedTime "last week"), else by its type; the type that contains itself stops there.
    assert_eq!(
        items[0],
        json!({
            "InstanceId": "ins-mock0000",
            "InstanceName": "InstanceName",
            "InstanceState": "PENDING",
            "Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 0},
            "DataDisks": [{"DiskSize": 10, "State": "RUNNING"}],
            "CreatedTime": "1970-01-01T00:00:00Z",
            "Schedule": "0 0 1 * *",
            "UserData": "ZXhhbXBsZQ==",
            "Tags": ["web"],
            "Group": {"GroupName": "GroupName"},
            "CPU": 1,
            "Ratio": 0,
            "Renewable": false,
        })
    );
    assert_eq!(items[1]["InstanceId"], "ins-mock0001");

    // Ids asked for give one filled item each, paged.
    let out = client
        .send_json(
            &DESCRIBE_INSTANCES,
            json!({"InstanceIds": ["ins-aaaaaaaa", "ins-bbbbbbbb"], "Offset": 1}),
        )
        .await
        .unwrap();
    assert_eq!(out.body["TotalCount"], 2);
    assert_eq!(out.body["InstanceSet"][0]["InstanceId"], "ins-bbbbbbbb");
    assert_eq!(
        out.body["InstanceSet"][0]["Placement"]["Zone"],
        "ap-guangzhou-3"
    );
    server.shutdown().await;
}
