//! Sends signed requests of both protocols to `--endpoint` (the interop verifier,
//! `tests/interop/verify_server.py`, which checks them with the vendors' official signing
//! code) and checks each answer. Prints one line per case and `N passed, M failed`; exits
//! non-zero unless every case passed.
//!
//! The service tables are written by hand here so the runtime's interop check does not
//! depend on the generator's output.

use std::process::ExitCode;

use sdk_runtime::protocol::form;
use sdk_runtime::{Config, Credentials, RateLimit, SdkError, ServiceClient};
use sdk_shape::{
    ActionShape, CredentialSources, Endpoint, Kind, MemberShape, Protocol, ServiceShape,
    StructShape,
};
use serde_json::{json, Value};

const fn m(name: &'static str, kind: Kind, list: bool) -> MemberShape {
    MemberShape {
        name,
        kind,
        list,
        ..MemberShape::BASE
    }
}

const fn action(
    name: &'static str,
    region_required: bool,
    input: &'static [MemberShape],
) -> ActionShape {
    ActionShape {
        name,
        command: name,
        description: sdk_shape::Text::en(""),
        rate_limit: None,
        region_required,
        read_only: true,
        input,
        output: &[],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: None,
        http: None,
    }
}

static FILTER: StructShape = StructShape {
    name: "Filter",
    description: sdk_shape::Text::en(""),
    members: &[
        m("Name", Kind::String, false),
        m("Values", Kind::String, true),
    ],
    rules: &[],
};
static SCHEDULE: StructShape = StructShape {
    name: "ScheduleSettings",
    description: sdk_shape::Text::en(""),
    members: &[
        m("Policy", Kind::String, false),
        m("Recurrence", Kind::String, false),
    ],
    rules: &[],
};
static TAT_DESCRIBE: ActionShape = action(
    "DescribeInvocations",
    true,
    &[
        m("InvocationIds", Kind::String, true),
        m(
            "Filters",
            Kind::Struct(sdk_shape::StructRef::to(&FILTER)),
            true,
        ),
        m("Limit", Kind::Uint64, false),
        m("Offset", Kind::Uint64, false),
    ],
);
static TAT_CREATE: ActionShape = action(
    "CreateInvoker",
    true,
    &[
        m("Name", Kind::String, false),
        m("Type", Kind::String, false),
        m("CommandId", Kind::String, false),
        m("InstanceIds", Kind::String, true),
        m(
            "ScheduleSettings",
            Kind::Struct(sdk_shape::StructRef::to(&SCHEDULE)),
            false,
        ),
    ],
);
static TAT_RECORDS: ActionShape = action(
    "DescribeInvokerRecords",
    false,
    &[m("Limit", Kind::Uint64, false)],
);
static TAT: ServiceShape = ServiceShape {
    name: "tat",
    title: "TAT",
    version: "2020-10-28",
    protocol: Protocol::Tc3Json,
    endpoints: &[Endpoint {
        host: "tat.tencentcloudapi.com",
        description: "",
    }],
    regional_endpoint: None,
    endpoint_map: &[],
    credentials: CredentialSources {
        id_env: "TENCENTCLOUD_SECRET_ID",
        secret_env: "TENCENTCLOUD_SECRET_KEY",
        token_env: "TENCENTCLOUD_SESSION_TOKEN",
        region_env: None,
        profile_file: "~/.tencentcloud/credentials",
    },
    common_errors: &[],
    service_errors: &[],
    actions: &[&TAT_DESCRIBE, &TAT_CREATE, &TAT_RECORDS],
    waiters: &[],
};

static TAG: StructShape = StructShape {
    name: "Tag",
    description: sdk_shape::Text::en(""),
    members: &[
        m("Key", Kind::String, false),
        m("Value", Kind::String, false),
    ],
    rules: &[],
};
static EFLO_DESCRIBE: ActionShape = action(
    "DescribeInvocations",
    true,
    &[
        m("InvokeId", Kind::String, false),
        m("NodeId", Kind::String, false),
        m("IncludeOutput", Kind::Boolean, false),
        m("ContentEncoding", Kind::String, false),
        m("Tags", Kind::Struct(sdk_shape::StructRef::to(&TAG)), true),
    ],
);
static EFLO: ServiceShape = ServiceShape {
    name: "eflo-controller",
    title: "eflo-controller",
    version: "2022-12-15",
    protocol: Protocol::Acs3Rpc,
    endpoints: &[],
    regional_endpoint: Some("eflo-controller.{region}.aliyuncs.com"),
    endpoint_map: &[],
    credentials: CredentialSources {
        id_env: "ALIBABA_CLOUD_ACCESS_KEY_ID",
        secret_env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        token_env: "ALIBABA_CLOUD_SECURITY_TOKEN",
        region_env: Some("ALIBABA_CLOUD_REGION_ID"),
        profile_file: "~/.aliyun/config.json",
    },
    common_errors: &[],
    service_errors: &[],
    actions: &[&EFLO_DESCRIBE],
    waiters: &[],
};

/// The keys the verifier knows (test-only values, not secrets of any account).
const TC_ID: &str = "AKIDinterop0000000000000000000000000";
const TC_SECRET: &str = "tc-interop-secret-key-0000000000";
const ALI_ID: &str = "LTAIinterop000000000000";
const ALI_SECRET: &str = "ali-interop-secret-000000000000";

struct Case {
    name: &'static str,
    service: &'static ServiceShape,
    action: &'static ActionShape,
    credentials: Credentials,
    region: Option<&'static str>,
    request: Value,
    /// The error code the verifier must answer (a signature made with the wrong secret).
    expect_error: Option<&'static str>,
}

fn cases() -> Vec<Case> {
    let tc = || Credentials::new(TC_ID, TC_SECRET);
    let ali = || Credentials::new(ALI_ID, ALI_SECRET);
    vec![
        Case {
            name: "tc3 DescribeInvocations",
            service: &TAT,
            action: &TAT_DESCRIBE,
            credentials: tc(),
            region: Some("ap-guangzhou"),
            request: json!({"InvocationIds": ["inv-q4zp60g0"], "Limit": 1, "Offset": 0}),
            expect_error: None,
        },
        Case {
            name: "tc3 CreateInvoker with unicode and a session token",
            service: &TAT,
            action: &TAT_CREATE,
            credentials: tc().with_token("tmp-token/+="),
            region: Some("ap-guangzhou"),
            request: json!({
                "Name": "巡检 invoker ✓ naïve \"q\" &=+%",
                "Type": "SCHEDULE",
                "CommandId": "cmd-o0mb5fnp",
                "InstanceIds": ["ins-1", "ins-2"],
                "ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "0 */2 * * *"}
            }),
            expect_error: None,
        },
        Case {
            name: "tc3 DescribeInvokerRecords without a region",
            service: &TAT,
            action: &TAT_RECORDS,
            credentials: tc(),
            region: None,
            request: json!({"Limit": 10}),
            expect_error: None,
        },
        Case {
            name: "tc3 wrong secret is rejected",
            service: &TAT,
            action: &TAT_DESCRIBE,
            credentials: Credentials::new(TC_ID, "not-the-secret"),
            region: Some("ap-guangzhou"),
            request: json!({"Limit": 1}),
            expect_error: Some("AuthFailure.SignatureFailure"),
        },
        Case {
            name: "acs3 DescribeInvocations with unicode",
            service: &EFLO,
            action: &EFLO_DESCRIBE,
            credentials: ali(),
            region: Some("cn-hangzhou"),
            request: json!({
                "InvokeId": "t-中文 *~+&=%",
                "NodeId": "e01-cn-zvp2tgykr08",
                "IncludeOutput": true,
                "ContentEncoding": "PlainText"
            }),
            expect_error: None,
        },
        Case {
            name: "acs3 nested members and a security token",
            service: &EFLO,
            action: &EFLO_DESCRIBE,
            credentials: ali().with_token("STS.token/+="),
            region: Some("cn-wulanchabu"),
            request: json!({
                "InvokeId": "t-cd03crwys0lrls0",
                "Tags": [{"Key": "env", "Value": "测试 1"}, {"Key": "a*b", "Value": "~"}]
            }),
            expect_error: None,
        },
        Case {
            name: "acs3 wrong secret is rejected",
            service: &EFLO,
            action: &EFLO_DESCRIBE,
            credentials: Credentials::new(ALI_ID, "not-the-secret"),
            region: Some("cn-hangzhou"),
            request: json!({"InvokeId": "t-1"}),
            expect_error: Some("SignatureDoesNotMatch"),
        },
    ]
}

/// What the verifier should echo: the JSON body itself (Tencent), or the flattened form
/// pairs as strings (Alibaba).
fn expected_echo(case: &Case) -> Value {
    match case.service.protocol {
        Protocol::Tc3Json => case.request.clone(),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => {
            let mut pairs = Vec::new();
            form::flatten(String::new(), &case.request, &mut pairs);
            Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect(),
            )
        }
    }
}

async fn run(case: &Case, endpoint: &str) -> Result<(), String> {
    let mut config = Config::builder()
        .credentials(case.credentials.clone())
        .endpoint(endpoint)
        .max_attempts(1)
        .rate_limit(RateLimit::Off);
    if let Some(region) = case.region {
        config = config.region(region);
    }
    let client = ServiceClient::new(case.service, config.build()).map_err(|e| e.to_string())?;
    let result = client.send_json(case.action, case.request.clone()).await;
    match (result, case.expect_error) {
        (Ok(answer), None) => {
            let echo = answer.body.get("Echo").cloned().unwrap_or(Value::Null);
            let expected = expected_echo(case);
            if echo != expected {
                return Err(format!(
                    "echo mismatch: sent {expected}, verifier decoded {echo}"
                ));
            }
            if answer.request_id.is_none() {
                return Err("no request id".to_owned());
            }
            Ok(())
        }
        (Err(e), None) => Err(e.to_string()),
        (Err(SdkError::Service(e)), Some(code)) if e.raw_code == code => Ok(()),
        (Err(e), Some(code)) => Err(format!("expected {code}, got {e}")),
        (Ok(_), Some(code)) => Err(format!("expected {code}, but the verifier accepted it")),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let endpoint = match args.iter().position(|a| a == "--endpoint") {
        Some(i) if i + 1 < args.len() => args[i + 1].clone(),
        _ => {
            eprintln!("usage: interop_call --endpoint http://127.0.0.1:PORT");
            return ExitCode::from(2);
        }
    };
    let (mut passed, mut failed) = (0, 0);
    for case in cases() {
        match run(&case, &endpoint).await {
            Ok(()) => {
                passed += 1;
                println!("ok   {}", case.name);
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {}: {e}", case.name);
            }
        }
    }
    println!("interop_call: {passed} cases passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
