// @generated from spec/cs/2015-12-15/actions/GetClusterAddonInstance.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterAddonInstance` action:

/// Marker type tying the request and response of `GetClusterAddonInstance` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterAddonInstance;

impl sdk_shape::Action for GetClusterAddonInstance {
    type Request = GetClusterAddonInstanceRequest;
    type Response = GetClusterAddonInstanceResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterAddonInstance`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterAddonInstanceRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `InstanceName`.
    #[serde(rename = "InstanceName", default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
}

/// Response of `GetClusterAddonInstance`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterAddonInstanceResponse {
    /// The custom parameter settings of the add-on.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
    /// The log feature status of the add-on.
    ///
    /// Wire name: `logging`.
    #[serde(rename = "logging", default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<crate::types::Logging>,
    /// The name of the add-on instance.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The state of the add-on. Valid values:
    ///
    /// - active: Installed.
    /// - updating: Updating.
    /// - upgrading: Upgrading.
    /// - deleting: Uninstalling.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The version of the add-on instance.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl GetClusterAddonInstanceResponse {
    /// The custom parameter settings of the add-on (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }

    /// The log feature status of the add-on (`logging`).
    pub fn logging(&self) -> Option<&crate::types::Logging> {
        self.logging.as_ref()
    }

    /// The name of the add-on instance (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The state of the add-on. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The version of the add-on instance (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterAddonInstance",
    command: "get-cluster-addon-instance",
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
            name: "InstanceName",
            flag: "instance-name",
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
            description: sdk_shape::Text::en(
                "The custom parameter settings of the add-on.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "logging",
            flag: "logging",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::logging::SHAPE),
            ),
            description: sdk_shape::Text::en("The log feature status of the add-on."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the add-on instance."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The state of the add-on. Valid values:\n\n- active: Installed.\n- updating: Updating.\n- upgrading: Upgrading.\n- deleting: Uninstalling.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The version of the add-on instance."),
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
            path: "/clusters/{ClusterId}/addon_instances/{InstanceName}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
