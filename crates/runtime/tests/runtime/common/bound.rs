//! Actions bound to their own method and path, as Alibaba's SDK metadata describes them:
//! container service (ROA) node-pool actions and an eflo-controller RPC action with query
//! members and a "shrink" list, the requests of `tests/vectors/acs3_bound.json`.

use sdk_shape::{
    ActionShape, AnswerBody, BodyEncoding, CredentialSources, HttpBinding, Kind, Location,
    MemberShape, Protocol, ServiceShape, Style,
};

const fn m(name: &'static str, kind: Kind, location: Location) -> MemberShape {
    MemberShape {
        name,
        kind,
        location,
        ..MemberShape::BASE
    }
}

const fn path(name: &'static str) -> MemberShape {
    MemberShape {
        required: true,
        ..m(name, Kind::String, Location::Path)
    }
}

const fn action(
    name: &'static str,
    http: &'static HttpBinding,
    input: &'static [MemberShape],
) -> ActionShape {
    ActionShape {
        name,
        command: name,
        description: sdk_shape::Text::NONE,
        rate_limit: None,
        region_required: false,
        read_only: false,
        input,
        output: &[],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: None,
        http: Some(http),
    }
}

pub static NODEPOOL: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodepoolInfo",
    description: sdk_shape::Text::NONE,
    members: &[
        MemberShape {
            name: "name",
            ..MemberShape::BASE
        },
        MemberShape {
            name: "type",
            ..MemberShape::BASE
        },
    ],
    rules: &[],
};

pub static DESCRIBE_NODE_POOLS: ActionShape = action(
    "DescribeClusterNodePools",
    &HttpBinding {
        method: "GET",
        path: "/clusters/{ClusterId}/nodepools",
        body: BodyEncoding::Json,
        answer: AnswerBody::Json,
    },
    &[
        path("ClusterId"),
        m("NodepoolName", Kind::String, Location::Query),
    ],
);

pub static CREATE_NODE_POOL: ActionShape = action(
    "CreateClusterNodePool",
    &HttpBinding {
        method: "POST",
        path: "/clusters/{ClusterId}/nodepools",
        body: BodyEncoding::Json,
        answer: AnswerBody::Json,
    },
    &[
        path("ClusterId"),
        MemberShape {
            list: true,
            ..m(
                "Tags",
                Kind::Struct(sdk_shape::StructRef::to(&TAG_KEY_VALUE)),
                Location::Query,
            )
        },
        m("x-acs-client-token", Kind::String, Location::Header),
        m(
            "nodepool_info",
            Kind::Struct(sdk_shape::StructRef::to(&NODEPOOL)),
            Location::Body,
        ),
        m("count", Kind::Int64, Location::Body),
        m("labels", Kind::Json, Location::Body),
    ],
);

pub static TAG_KEY_VALUE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Tag",
    description: sdk_shape::Text::NONE,
    members: &[
        MemberShape {
            name: "Key",
            ..MemberShape::BASE
        },
        MemberShape {
            name: "Value",
            ..MemberShape::BASE
        },
    ],
    rules: &[],
};

pub static DELETE_NODE_POOL: ActionShape = action(
    "DeleteClusterNodepool",
    &HttpBinding {
        method: "DELETE",
        path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
        body: BodyEncoding::Json,
        answer: AnswerBody::None,
    },
    &[
        path("ClusterId"),
        path("NodepoolId"),
        MemberShape {
            list: true,
            style: Some(Style::Simple),
            ..m("Ids", Kind::String, Location::Query)
        },
    ],
);

pub static RUN_COMMAND: ActionShape = action(
    "RunCommand",
    &HttpBinding {
        method: "POST",
        path: "/",
        body: BodyEncoding::Form,
        answer: AnswerBody::Json,
    },
    &[
        m("RegionId", Kind::String, Location::Query),
        m("CommandContent", Kind::String, Location::Body),
        MemberShape {
            list: true,
            style: Some(Style::Json),
            ..m("NodeIdList", Kind::String, Location::Body)
        },
        m("Timeout", Kind::Int32, Location::Body),
    ],
);

pub static CS: ServiceShape = ServiceShape {
    name: "cs",
    title: "Container Service for Kubernetes",
    version: "2015-12-15",
    protocol: Protocol::Acs3Roa,
    endpoints: &[],
    regional_endpoint: Some("cs.{region}.aliyuncs.com"),
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
    actions: &[&DESCRIBE_NODE_POOLS, &CREATE_NODE_POOL, &DELETE_NODE_POOL],
    waiters: &[],
};

/// The bound action of each vector, by name, with its service.
pub fn bound_action(name: &str) -> (&'static ServiceShape, &'static ActionShape) {
    match name {
        "RunCommand" => (&super::EFLO, &RUN_COMMAND),
        other => (
            &CS,
            CS.action(other)
                .unwrap_or_else(|| panic!("no bound test action {other}")),
        ),
    }
}
