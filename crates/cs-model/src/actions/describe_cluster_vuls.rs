// @generated from spec/cs/2015-12-15/actions/DescribeClusterVuls.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterVuls` action:

/// Marker type tying the request and response of `DescribeClusterVuls` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterVuls;

impl sdk_shape::Action for DescribeClusterVuls {
    type Request = DescribeClusterVulsRequest;
    type Response = DescribeClusterVulsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterVuls`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterVulsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `DescribeClusterVuls`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterVulsResponse {
    /// The list of vulnerabilities.
    ///
    /// Wire name: `vul_records`.
    #[serde(rename = "vul_records", default, skip_serializing_if = "Option::is_none")]
    pub vul_records: Option<Vec<crate::types::VulRecords>>,
}

impl DescribeClusterVulsResponse {
    /// The list of vulnerabilities (`vul_records`).
    pub fn vul_records(&self) -> &[crate::types::VulRecords] {
        self.vul_records.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterVuls",
    command: "describe-cluster-vuls",
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
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "vul_records",
            flag: "vul-records",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::vul_records::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of vulnerabilities."),
            list: true,
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
            path: "/clusters/{ClusterId}/vuls",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
