// @generated from spec/cs/2015-12-15/actions/ResumeComponentUpgrade.json by `cargo xtask codegen`; do not edit.
//! The `ResumeComponentUpgrade` action:

/// Marker type tying the request and response of `ResumeComponentUpgrade` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ResumeComponentUpgrade;

impl sdk_shape::Action for ResumeComponentUpgrade {
    type Request = ResumeComponentUpgradeRequest;
    type Response = ResumeComponentUpgradeResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ResumeComponentUpgrade`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ResumeComponentUpgradeRequest {
    /// Required.
    ///
    /// Wire name: `Clusterid`.
    #[serde(rename = "Clusterid", default, skip_serializing_if = "Option::is_none")]
    pub clusterid: Option<String>,
    /// Required.
    ///
    /// Wire name: `Componentid`.
    #[serde(rename = "Componentid", default, skip_serializing_if = "Option::is_none")]
    pub componentid: Option<String>,
}

/// Response of `ResumeComponentUpgrade`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ResumeComponentUpgradeResponse {}
impl ResumeComponentUpgradeResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ResumeComponentUpgrade",
    command: "resume-component-upgrade",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Clusterid",
            flag: "clusterid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Componentid",
            flag: "componentid",
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
            path: "/clusters/{Clusterid}/components/{Componentid}/resume",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
