// @generated from spec/cs/2015-12-15/actions/DescribeClustersForRegion.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClustersForRegion` action:

/// Marker type tying the request and response of `DescribeClustersForRegion` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClustersForRegion;

impl sdk_shape::Action for DescribeClustersForRegion {
    type Request = DescribeClustersForRegionRequest;
    type Response = DescribeClustersForRegionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClustersForRegion`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClustersForRegionRequest {
    /// Required.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies the cluster specification. Valid values:
    ///
    /// - `ack.standard`: Basic edition.
    /// - `ack.pro.small`: Pro edition.
    /// - `ack.pro.xlarge`: Pro XL.
    /// - `ack.pro.2xlarge`: Pro 2XL.
    /// - `ack.pro.4xlarge`: Pro 4XL (requires whitelist approval from customer service).
    ///
    /// Pro XL, Pro 2XL, and Pro 4XL are the three tiers provided by \<props="china">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\<props="intl">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain consistently at a high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.
    ///
    /// For cluster management fees of the Pro edition and provisioned control plane editions, refer to \<props="china">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\<props="intl">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// Specifies the cluster type. Valid values:
    ///
    /// - Kubernetes: ACK dedicated clusters.
    /// - ManagedKubernetes: ACK managed clusters, including ACK managed clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).
    /// - ExternalKubernetes: registered clusters.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// Specifies the cluster name for fuzzy match.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The page number.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The number of entries per page.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// Specifies the cluster subtype. Valid values:
    ///
    /// - Default: ACK managed clusters, including ACK Pro and ACK Basic.
    /// - Edge: ACK Edge clusters, including ACK Edge Pro and ACK Edge Basic.
    /// - Serverless: ACK Serverless clusters, including ACK Serverless Pro and ACK Serverless Basic.
    /// - LingJun: ACK Lingjun clusters, available only in Pro edition.
    ///
    /// Default: `"ACK"`.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

/// Response of `DescribeClustersForRegion`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClustersForRegionResponse {
    /// The list of cluster details.
    ///
    /// Wire name: `clusters`.
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<crate::types::Clusters>>,
    /// The pagination information.
    ///
    /// Wire name: `page_info`.
    #[serde(rename = "page_info", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::types::PageInfo>,
}

impl DescribeClustersForRegionResponse {
    /// The list of cluster details (`clusters`).
    pub fn clusters(&self) -> &[crate::types::Clusters] {
        self.clusters.as_deref().unwrap_or_default()
    }

    /// The pagination information (`page_info`).
    pub fn page_info(&self) -> Option<&crate::types::PageInfo> {
        self.page_info.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClustersForRegion",
    command: "describe-clusters-for-region",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the cluster specification. Valid values:\n\n- `ack.standard`: Basic edition.\n- `ack.pro.small`: Pro edition.\n- `ack.pro.xlarge`: Pro XL.\n- `ack.pro.2xlarge`: Pro 2XL.\n- `ack.pro.4xlarge`: Pro 4XL (requires whitelist approval from customer service).\n\nPro XL, Pro 2XL, and Pro 4XL are the three tiers provided by \\<props=\"china\">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\\<props=\"intl\">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain consistently at a high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.\n\nFor cluster management fees of the Pro edition and provisioned control plane editions, refer to \\<props=\"china\">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\\<props=\"intl\">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the cluster type. Valid values:\n\n- Kubernetes: ACK dedicated clusters.\n- ManagedKubernetes: ACK managed clusters, including ACK managed clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).\n- ExternalKubernetes: registered clusters.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the cluster name for fuzzy match.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The page number."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of entries per page."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the cluster subtype. Valid values:\n\n- Default: ACK managed clusters, including ACK Pro and ACK Basic.\n- Edge: ACK Edge clusters, including ACK Edge Pro and ACK Edge Basic.\n- Serverless: ACK Serverless clusters, including ACK Serverless Pro and ACK Serverless Basic.\n- LingJun: ACK Lingjun clusters, available only in Pro edition.",
            ),
            default: Some("\"ACK\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "clusters",
            flag: "clusters",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::clusters::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of cluster details."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_info",
            flag: "page-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
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
            path: "/regions/{RegionId}/clusters",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
