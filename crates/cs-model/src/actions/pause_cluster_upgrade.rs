// @generated from spec/cs/2015-12-15/actions/PauseClusterUpgrade.json by `cargo xtask codegen`; do not edit.
//! The `PauseClusterUpgrade` action:

/// Marker type tying the request and response of `PauseClusterUpgrade` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct PauseClusterUpgrade;

impl sdk_shape::Action for PauseClusterUpgrade {
    type Request = PauseClusterUpgradeRequest;
    type Response = PauseClusterUpgradeResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `PauseClusterUpgrade`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct PauseClusterUpgradeRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `PauseClusterUpgrade`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PauseClusterUpgradeResponse {}
impl PauseClusterUpgradeResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "PauseClusterUpgrade",
    command: "pause-cluster-upgrade",
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
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/api/v2/clusters/{ClusterId}/upgrade/pause",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
