// @generated from spec/cs/2015-12-15/actions/DescribeNodePoolVuls.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodePoolVuls` action:

/// Marker type tying the request and response of `DescribeNodePoolVuls` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNodePoolVuls;

impl sdk_shape::Action for DescribeNodePoolVuls {
    type Request = DescribeNodePoolVulsRequest;
    type Response = DescribeNodePoolVulsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNodePoolVuls`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNodePoolVulsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The necessity levels of the vulnerability fixes to query. Separate multiple levels with commas (,). Valid values:
    ///
    /// - `asap`: high
    /// - `later`: medium
    /// - `nntf`: low
    ///
    /// Wire name: `necessity`.
    #[serde(rename = "necessity", default, skip_serializing_if = "Option::is_none")]
    pub necessity: Option<String>,
}

/// Response of `DescribeNodePoolVuls`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodePoolVulsResponse {
    /// The list of vulnerabilities in the node pool.
    ///
    /// Wire name: `vul_records`.
    #[serde(rename = "vul_records", default, skip_serializing_if = "Option::is_none")]
    pub vul_records: Option<Vec<crate::types::DescribeNodePoolVulsVulRecords>>,
    /// Indicates whether the Security Center CVE fix service is purchased. Valid values:
    ///
    /// - true: Purchased.
    /// - false: Not purchased.
    ///
    /// Wire name: `vuls_fix_service_purchased`.
    #[serde(
        rename = "vuls_fix_service_purchased",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vuls_fix_service_purchased: Option<bool>,
}

impl DescribeNodePoolVulsResponse {
    /// The list of vulnerabilities in the node pool (`vul_records`).
    pub fn vul_records(&self) -> &[crate::types::DescribeNodePoolVulsVulRecords] {
        self.vul_records.as_deref().unwrap_or_default()
    }

    /// Indicates whether the Security Center CVE fix service is purchased. Valid values: (`vuls_fix_service_purchased`).
    pub fn vuls_fix_service_purchased(&self) -> Option<bool> {
        self.vuls_fix_service_purchased
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNodePoolVuls",
    command: "describe-node-pool-vuls",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "necessity",
            flag: "necessity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The necessity levels of the vulnerability fixes to query. Separate multiple levels with commas (,). Valid values:\n\n- `asap`: high\n- `later`: medium\n- `nntf`: low",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "vul_records",
            flag: "vul-records",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_node_pool_vuls_vul_records::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The list of vulnerabilities in the node pool.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vuls_fix_service_purchased",
            flag: "vuls-fix-service-purchased",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the Security Center CVE fix service is purchased. Valid values:\n\n- true: Purchased.\n- false: Not purchased.",
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/vuls",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
