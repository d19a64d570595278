//! Criterion benches of the per-call hot paths: building and signing one Tencent request,
//! and decoding a large Tencent envelope.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde::Deserialize;
use serde_json::{json, Value};

use sdk_runtime::sign::tc3;

/// One `DescribeInvocations` request: serialise, hash, sign, as the client does per attempt.
fn sign_tc3_request(c: &mut Criterion) {
    let request = json!({"InvocationIds": ["inv-q4zp60g0"], "Limit": 1, "Offset": 0});
    let params = tc3::SigningParams {
        secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
        service: "tat",
        timestamp: 1_551_113_065,
    };
    let headers = [
        ("content-type", "application/json; charset=utf-8"),
        ("host", "tat.tencentcloudapi.com"),
    ];
    c.bench_function("tc3/build_and_sign_describe_invocations", |b| {
        b.iter(|| {
            let body = serde_json::to_vec(black_box(&request)).unwrap();
            let auth = tc3::sign(&params, "POST", "/", "", &headers, &body).unwrap();
            black_box((body, auth))
        })
    });
    // The whole client path short of the network: typed request → JSON → shape validation →
    // body → canonical request → signature → headers.
    let client = sdk_runtime::ServiceClient::new(
        &tat_model::SERVICE,
        sdk_runtime::Config::builder()
            .credentials(sdk_runtime::Credentials::new(
                params.secret_id,
                params.secret_key,
            ))
            .region("ap-guangzhou")
            .build(),
    )
    .unwrap();
    let mut typed = tat_model::actions::describe_invocations::DescribeInvocationsRequest::default();
    typed.invocation_ids = Some(vec!["inv-q4zp60g0".to_owned()]);
    typed.limit = Some(1);
    typed.offset = Some(0);
    c.bench_function("client/prepare_typed_describe_invocations", |b| {
        b.iter(|| {
            let value = serde_json::to_value(black_box(&typed)).unwrap();
            black_box(
                client
                    .prepare(
                        &tat_model::actions::describe_invocations::SHAPE,
                        &value,
                        1_551_113_065,
                        "",
                    )
                    .unwrap(),
            )
        })
    });
    let body = serde_json::to_vec(&request).unwrap();
    c.bench_function("tc3/sign_only", |b| {
        b.iter(|| {
            black_box(tc3::sign(
                &params,
                "POST",
                "/",
                "",
                &headers,
                black_box(&body),
            ))
        })
    });
}

use tat_model::actions::describe_invocation_tasks::DescribeInvocationTasksResponse;

#[derive(Deserialize)]
struct Envelope<T> {
    #[serde(rename = "Response")]
    response: T,
}

/// 100 tasks with 24 KB of base64 output each: about 2.5 MB.
fn big_envelope() -> Vec<u8> {
    let output: String = "QUJD".repeat(24 * 1024 / 4);
    let tasks: Vec<Value> = (0..100)
        .map(|i| {
            json!({
                "InvocationId": "inv-1vll7hda",
                "InvocationTaskId": format!("invt-{i:08}"),
                "CommandId": "cmd-o0mb5fnp",
                "CommandName": "check",
                "InstanceId": format!("ins-{i:08}"),
                "TaskStatus": "SUCCESS",
                "TaskResult": {"ExitCode": 0, "Output": output, "ExecStartTime": "2024-05-01T08:00:00+00:00",
                               "ExecEndTime": "2024-05-01T08:00:01+00:00", "Dropped": 0, "OutputUrl": "",
                               "OutputUploadCOSErrorInfo": ""},
                "CommandDocument": {"Content": "ZWNobyBoaQ==", "CommandType": "SHELL", "Timeout": 60,
                                    "WorkingDirectory": "/root", "Username": "root"},
                "StartTime": "2024-05-01T08:00:00+00:00", "EndTime": null,
                "CreatedTime": "2024-05-01T08:00:00+00:00", "UpdatedTime": "2024-05-01T08:00:01+00:00",
                "ErrorInfo": "", "InvocationSource": "USER"
            })
        })
        .collect();
    serde_json::to_vec(
        &json!({"Response": {"TotalCount": 100, "InvocationTaskSet": tasks, "RequestId": "r"}}),
    )
    .unwrap()
}

fn decode_envelope(c: &mut Criterion) {
    let body = big_envelope();
    let mut group = c.benchmark_group("decode_2_5mb_envelope");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.sample_size(30);
    group.bench_function("typed_runtime_decode", |b| {
        b.iter(|| {
            black_box(sdk_runtime::protocol::tc3::decode_typed::<
                DescribeInvocationTasksResponse,
            >(200, black_box(&body)))
            .unwrap()
        })
    });
    group.bench_function("typed_plain_serde_baseline", |b| {
        b.iter(|| {
            let e: Envelope<DescribeInvocationTasksResponse> =
                serde_json::from_slice(black_box(&body)).unwrap();
            black_box(e.response)
        })
    });
    group.bench_function("value_for_send_json", |b| {
        b.iter(|| {
            black_box(sdk_runtime::protocol::tc3::decode_value(
                200,
                black_box(&body),
            ))
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, sign_tc3_request, decode_envelope);
criterion_main!(benches);
