//! Service tables and typed actions for the tests (the generated ones are not used here, so
//! the runtime's tests do not depend on the generator).

use sdk_shape::{
    Action, ActionShape, CredentialSources, Endpoint, ErrorShape, Kind, MemberShape, Page,
    PagedAction, Pagination, Protocol, ServiceShape, StructShape,
};
use serde::{Deserialize, Serialize};

const fn m(name: &'static str, kind: Kind) -> MemberShape {
    MemberShape {
        name,
        kind,
        ..MemberShape::BASE
    }
}

pub static FILTER: StructShape = StructShape {
    name: "Filter",
    description: sdk_shape::Text::NONE,
    members: &[
        MemberShape {
            required: true,
            ..m("Name", Kind::String)
        },
        MemberShape {
            required: true,
            list: true,
            ..m("Values", Kind::String)
        },
    ],
    rules: &[],
};

pub static SCHEDULE: StructShape = StructShape {
    name: "ScheduleSettings",
    description: sdk_shape::Text::NONE,
    members: &[
        MemberShape {
            required: true,
            ..m("Policy", Kind::String)
        },
        m("Recurrence", Kind::String),
        m("InvokeTime", Kind::DateTime),
    ],
    rules: &[],
};

pub static DESCRIBE_INVOCATIONS: ActionShape = ActionShape {
    name: "DescribeInvocations",
    command: "describe-invocations",
    description: sdk_shape::Text::NONE,
    rate_limit: Some(20),
    region_required: true,
    read_only: true,
    input: &[
        MemberShape {
            list: true,
            max_items: Some(100),
            ..m("InvocationIds", Kind::String)
        },
        MemberShape {
            list: true,
            ..m("Filters", Kind::Struct(sdk_shape::StructRef::to(&FILTER)))
        },
        MemberShape {
            minimum: Some(1),
            maximum: Some(100),
            ..m("Limit", Kind::Uint64)
        },
        MemberShape {
            minimum: Some(0),
            ..m("Offset", Kind::Uint64)
        },
    ],
    output: &[],
    rules: &[],
    errors: &[ErrorShape {
        code: "InvalidParameterValue",
        description: sdk_shape::Text::NONE,
    }],
    examples: &[],
    pagination: Some(Pagination {
        offset: "Offset",
        limit: "Limit",
        total: "TotalCount",
        items: "InvocationSet",
    }),
    http: None,
};

pub static CREATE_INVOKER: ActionShape = ActionShape {
    name: "CreateInvoker",
    command: "create-invoker",
    description: sdk_shape::Text::NONE,
    rate_limit: Some(20),
    region_required: true,
    read_only: false,
    input: &[
        MemberShape {
            required: true,
            ..m("Name", Kind::String)
        },
        MemberShape {
            required: true,
            ..m("Type", Kind::String)
        },
        MemberShape {
            required: true,
            ..m("CommandId", Kind::String)
        },
        MemberShape {
            list: true,
            ..m("InstanceIds", Kind::String)
        },
        m(
            "ScheduleSettings",
            Kind::Struct(sdk_shape::StructRef::to(&SCHEDULE)),
        ),
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: None,
};

/// An action without a region (like TAT's global actions).
pub static DESCRIBE_REGIONS: ActionShape = ActionShape {
    name: "DescribeRegions",
    command: "describe-regions",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: None,
};

pub static TAT: ServiceShape = ServiceShape {
    name: "tat",
    title: "TAT",
    version: "2020-10-28",
    protocol: Protocol::Tc3Json,
    endpoints: &[Endpoint {
        host: "tat.tencentcloudapi.com",
        description: "",
    }],
    regional_endpoint: Some("tat.{region}.tencentcloudapi.com"),
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
    actions: &[&DESCRIBE_INVOCATIONS, &CREATE_INVOKER, &DESCRIBE_REGIONS],
    waiters: &[],
};

pub static TAG: StructShape = StructShape {
    name: "Tag",
    description: sdk_shape::Text::NONE,
    members: &[m("Key", Kind::String), m("Value", Kind::String)],
    rules: &[],
};

pub static EFLO_DESCRIBE_INVOCATIONS: ActionShape = ActionShape {
    name: "DescribeInvocations",
    command: "describe-invocations",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: true,
    read_only: true,
    input: &[
        MemberShape {
            required: true,
            ..m("InvokeId", Kind::String)
        },
        m("NodeId", Kind::String),
        m("IncludeOutput", Kind::Boolean),
        m("ContentEncoding", Kind::String),
        // Not in the real action: nested shapes to exercise the form encoding.
        MemberShape {
            list: true,
            ..m("Tags", Kind::Struct(sdk_shape::StructRef::to(&TAG)))
        },
        MemberShape {
            list: true,
            ..m("NodeIds", Kind::String)
        },
        m("Repeats", Kind::Int32),
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: None,
};

pub static EFLO: ServiceShape = ServiceShape {
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
    actions: &[&EFLO_DESCRIBE_INVOCATIONS],
    waiters: &[],
};

/// The error codes of the test actions, with a forward-compatible `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    InvalidParameterValue,
    RequestLimitExceeded,
    MissingInvokeId,
    Unknown(String),
}

impl From<&str> for Code {
    fn from(s: &str) -> Self {
        match s {
            "InvalidParameterValue" => Code::InvalidParameterValue,
            "RequestLimitExceeded" => Code::RequestLimitExceeded,
            "MissingInvokeId" => Code::MissingInvokeId,
            other => Code::Unknown(other.to_owned()),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInvocationsRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invocation_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Invocation {
    pub invocation_id: String,
    pub invocation_status: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInvocationsResponse {
    pub total_count: Option<u64>,
    #[serde(default)]
    pub invocation_set: Vec<Invocation>,
    pub request_id: Option<String>,
}

pub struct DescribeInvocations;

impl Action for DescribeInvocations {
    type Request = DescribeInvocationsRequest;
    type Response = DescribeInvocationsResponse;
    type ErrorCode = Code;
    const SHAPE: &'static ActionShape = &DESCRIBE_INVOCATIONS;
}

impl PagedAction for DescribeInvocations {
    type Item = Invocation;
    fn offset(request: &Self::Request) -> i64 {
        request.offset.map_or(0, |o| o as i64)
    }
    fn set_offset(request: &mut Self::Request, offset: i64) {
        request.offset = Some(offset as u64);
    }
    fn into_page(response: Self::Response) -> Page<Self::Item> {
        Page {
            items: response.invocation_set,
            total: response.total_count,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateInvokerRequest {
    pub name: String,
    #[serde(rename = "Type")]
    pub kind: String,
    pub command_id: String,
}

impl CreateInvokerRequest {
    pub fn sample() -> Self {
        CreateInvokerRequest {
            name: "巡检 invoker ✓".to_owned(),
            kind: "SCHEDULE".to_owned(),
            command_id: "cmd-o0mb5fnp".to_owned(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateInvokerResponse {
    pub invoker_id: Option<String>,
    // Decoded as an application would; no test asks for it.
    #[allow(dead_code)]
    pub request_id: Option<String>,
}

pub struct CreateInvoker;

impl Action for CreateInvoker {
    type Request = CreateInvokerRequest;
    type Response = CreateInvokerResponse;
    type ErrorCode = Code;
    const SHAPE: &'static ActionShape = &CREATE_INVOKER;
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EfloDescribeInvocationsRequest {
    pub invoke_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_output: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EfloDescribeInvocationsResponse {
    pub request_id: Option<String>,
    // Decoded as an application would; no test asks for it.
    #[allow(dead_code)]
    pub invocations: Option<serde_json::Value>,
}

pub struct EfloDescribeInvocations;

impl Action for EfloDescribeInvocations {
    type Request = EfloDescribeInvocationsRequest;
    type Response = EfloDescribeInvocationsResponse;
    type ErrorCode = Code;
    const SHAPE: &'static ActionShape = &EFLO_DESCRIBE_INVOCATIONS;
}
