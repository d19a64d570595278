// @generated from spec/cs/2015-12-15/actions/ListClusterChecks.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterChecks` action:

/// Marker type tying the request and response of `ListClusterChecks` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListClusterChecks;

impl sdk_shape::Action for ListClusterChecks {
    type Request = ListClusterChecksRequest;
    type Response = ListClusterChecksResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListClusterChecks`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListClusterChecksRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Filters specific check objects.
    ///
    /// Wire name: `target`.
    #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The check type. Valid values:
    ///
    /// - ClusterMigrate: cluster migration
    ///
    /// - MasterUpgrade: cluster control plane upgrade
    ///
    /// - NodePoolUpgrade: node pool upgrade
    ///
    /// - ClusterUpgrade: cluster upgrade
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Response of `ListClusterChecks`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterChecksResponse {
    /// The list of checks.
    ///
    /// Wire name: `checks`.
    #[serde(rename = "checks", default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<Vec<crate::types::Checks>>,
}

impl ListClusterChecksResponse {
    /// The list of checks (`checks`).
    pub fn checks(&self) -> &[crate::types::Checks] {
        self.checks.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListClusterChecks",
    command: "list-cluster-checks",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
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
            name: "target",
            flag: "target",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Filters specific check objects."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The check type. Valid values:\n\n- ClusterMigrate: cluster migration\n\n- MasterUpgrade: cluster control plane upgrade\n\n- NodePoolUpgrade: node pool upgrade\n\n- ClusterUpgrade: cluster upgrade",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "checks",
            flag: "checks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::checks::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of checks."),
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
            path: "/clusters/{ClusterId}/checks",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
