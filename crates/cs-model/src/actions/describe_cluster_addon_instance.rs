// @generated from spec/cs/2015-12-15/actions/DescribeClusterAddonInstance.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterAddonInstance` action:

/// Marker type tying the request and response of `DescribeClusterAddonInstance` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterAddonInstance;

impl sdk_shape::Action for DescribeClusterAddonInstance {
    type Request = DescribeClusterAddonInstanceRequest;
    type Response = DescribeClusterAddonInstanceResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterAddonInstance`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterAddonInstanceRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `AddonName`.
    #[serde(rename = "AddonName", default, skip_serializing_if = "Option::is_none")]
    pub addon_name: Option<String>,
}

/// Response of `DescribeClusterAddonInstance`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterAddonInstanceResponse {
    /// The add-on configuration.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
    /// The add-on name.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The add-on state. Valid values:
    ///
    /// - initial: Installing.
    /// - active: Installed.
    /// - unhealthy: Abnormal.
    /// - upgrading: Upgrading.
    /// - updating: Updating.
    /// - deleting: Uninstalling.
    /// - deleted: Deleted.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The add-on version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl DescribeClusterAddonInstanceResponse {
    /// The add-on configuration (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }

    /// The add-on name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The add-on state. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The add-on version (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterAddonInstance",
    command: "describe-cluster-addon-instance",
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
            name: "AddonName",
            flag: "addon-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The add-on configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The add-on name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The add-on state. Valid values:\n\n- initial: Installing.\n- active: Installed.\n- unhealthy: Abnormal.\n- upgrading: Upgrading.\n- updating: Updating.\n- deleting: Uninstalling.\n- deleted: Deleted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The add-on version."),
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
            path: "/clusters/{ClusterId}/components/{AddonName}/instance",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
