// @generated from spec/cs/2015-12-15/actions/DescribeUserQuota.json by `cargo xtask codegen`; do not edit.
//! The `DescribeUserQuota` action:

/// Marker type tying the request and response of `DescribeUserQuota` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeUserQuota;

impl sdk_shape::Action for DescribeUserQuota {
    type Request = DescribeUserQuotaRequest;
    type Response = DescribeUserQuotaResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeUserQuota`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeUserQuotaRequest {}
/// Response of `DescribeUserQuota`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeUserQuotaResponse {
    /// The managed cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).
    ///
    /// Default: `20`.
    ///
    /// Wire name: `amk_cluster_quota`.
    #[serde(
        rename = "amk_cluster_quota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub amk_cluster_quota: Option<i64>,
    /// The ASK cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).
    ///
    /// Default: `20`.
    ///
    /// Wire name: `ask_cluster_quota`.
    #[serde(
        rename = "ask_cluster_quota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ask_cluster_quota: Option<i64>,
    /// The node pool quota per cluster. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).
    ///
    /// Default: `20`.
    ///
    /// Wire name: `cluster_nodepool_quota`.
    #[serde(
        rename = "cluster_nodepool_quota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_nodepool_quota: Option<i64>,
    /// The total cluster quota per account. Default value: 50. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).
    ///
    /// Default: `50`.
    ///
    /// Wire name: `cluster_quota`.
    #[serde(rename = "cluster_quota", default, skip_serializing_if = "Option::is_none")]
    pub cluster_quota: Option<i64>,
    /// Wire name: `edge_improved_nodepool_quota`.
    #[serde(
        rename = "edge_improved_nodepool_quota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub edge_improved_nodepool_quota: Option<crate::types::EdgeImprovedNodepoolQuota>,
    /// The node quota per cluster. Default value: 100. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).
    ///
    /// Default: `100`.
    ///
    /// Wire name: `node_quota`.
    #[serde(rename = "node_quota", default, skip_serializing_if = "Option::is_none")]
    pub node_quota: Option<i64>,
    /// The new quota items. If this field is present, it takes precedence.
    ///
    /// Wire name: `quotas`.
    #[serde(rename = "quotas", default, skip_serializing_if = "Option::is_none")]
    pub quotas: Option<serde_json::Value>,
}

impl DescribeUserQuotaResponse {
    /// The managed cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas) (`amk_cluster_quota`).
    pub fn amk_cluster_quota(&self) -> Option<i64> {
        self.amk_cluster_quota
    }

    /// The ASK cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas) (`ask_cluster_quota`).
    pub fn ask_cluster_quota(&self) -> Option<i64> {
        self.ask_cluster_quota
    }

    /// The node pool quota per cluster. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas) (`cluster_nodepool_quota`).
    pub fn cluster_nodepool_quota(&self) -> Option<i64> {
        self.cluster_nodepool_quota
    }

    /// The total cluster quota per account. Default value: 50. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas) (`cluster_quota`).
    pub fn cluster_quota(&self) -> Option<i64> {
        self.cluster_quota
    }

    /// (`edge_improved_nodepool_quota`).
    pub fn edge_improved_nodepool_quota(
        &self,
    ) -> Option<&crate::types::EdgeImprovedNodepoolQuota> {
        self.edge_improved_nodepool_quota.as_ref()
    }

    /// The node quota per cluster. Default value: 100. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas) (`node_quota`).
    pub fn node_quota(&self) -> Option<i64> {
        self.node_quota
    }

    /// The new quota items. If this field is present, it takes precedence (`quotas`).
    pub fn quotas(&self) -> Option<&serde_json::Value> {
        self.quotas.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeUserQuota",
    command: "describe-user-quota",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[],
    output: &[
        sdk_shape::MemberShape {
            name: "amk_cluster_quota",
            flag: "amk-cluster-quota",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The managed cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).",
            ),
            default: Some("20"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ask_cluster_quota",
            flag: "ask-cluster-quota",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The ASK cluster quota. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).",
            ),
            default: Some("20"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_nodepool_quota",
            flag: "cluster-nodepool-quota",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The node pool quota per cluster. Default value: 20. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).",
            ),
            default: Some("20"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_quota",
            flag: "cluster-quota",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total cluster quota per account. Default value: 50. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).",
            ),
            default: Some("50"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "edge_improved_nodepool_quota",
            flag: "edge-improved-nodepool-quota",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::edge_improved_nodepool_quota::SHAPE,
                ),
            ),
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_quota",
            flag: "node-quota",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The node quota per cluster. Default value: 100. To increase the quota, [submit an application in Quota Center](https://quotas.console.aliyun.com/products/csk/quotas).",
            ),
            default: Some("100"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "quotas",
            flag: "quotas",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The new quota items. If this field is present, it takes precedence.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/quota",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
