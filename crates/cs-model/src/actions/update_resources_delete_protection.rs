// @generated from spec/cs/2015-12-15/actions/UpdateResourcesDeleteProtection.json by `cargo xtask codegen`; do not edit.
//! The `UpdateResourcesDeleteProtection` action:

/// Marker type tying the request and response of `UpdateResourcesDeleteProtection` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateResourcesDeleteProtection;

impl sdk_shape::Action for UpdateResourcesDeleteProtection {
    type Request = UpdateResourcesDeleteProtectionRequest;
    type Response = UpdateResourcesDeleteProtectionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateResourcesDeleteProtection`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateResourcesDeleteProtectionRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to enable deletion protection for the resource. Valid values:
    ///
    /// - true: Enables deletion protection. After deletion protection is enabled, you must manually disable it before you can delete the specified resource.
    ///
    /// - false: Disables deletion protection.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The namespace where the resource resides.
    ///
    /// Default value: default.
    ///
    /// Default: `"default"`.
    ///
    /// Wire name: `namespace`.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The type of the resource to update. Valid values:
    ///
    /// - namespaces: namespace.
    ///
    /// - services: service.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of target resources.
    ///
    /// Wire name: `resources`.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<String>>,
}

/// Response of `UpdateResourcesDeleteProtection`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateResourcesDeleteProtectionResponse {
    /// The namespace where the resource resides.
    ///
    /// Wire name: `namespace`.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The deletion protection status of the resource.
    ///
    /// Wire name: `protection`.
    #[serde(rename = "protection", default, skip_serializing_if = "Option::is_none")]
    pub protection: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The resource type.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of resources for which the deletion protection status is updated.
    ///
    /// Wire name: `resources`.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<String>>,
}

impl UpdateResourcesDeleteProtectionResponse {
    /// The namespace where the resource resides (`namespace`).
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// The deletion protection status of the resource (`protection`).
    pub fn protection(&self) -> Option<&str> {
        self.protection.as_deref()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The resource type (`resource_type`).
    pub fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// The list of resources for which the deletion protection status is updated (`resources`).
    pub fn resources(&self) -> &[String] {
        self.resources.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateResourcesDeleteProtection",
    command: "update-resources-delete-protection",
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
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable deletion protection for the resource. Valid values:\n\n- true: Enables deletion protection. After deletion protection is enabled, you must manually disable it before you can delete the specified resource.\n\n- false: Disables deletion protection.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "namespace",
            flag: "namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespace where the resource resides.\n\nDefault value: default.",
            ),
            default: Some("\"default\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the resource to update. Valid values:\n\n- namespaces: namespace.\n\n- services: service.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resources",
            flag: "resources",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of target resources."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "namespace",
            flag: "namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespace where the resource resides.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "protection",
            flag: "protection",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The deletion protection status of the resource.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resources",
            flag: "resources",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resources for which the deletion protection status is updated.",
            ),
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
            method: "PUT",
            path: "/clusters/{ClusterId}/resources/protection",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
