// @generated from spec/cs/2015-12-15/actions/CheckServiceRole.json by `cargo xtask codegen`; do not edit.
//! The `CheckServiceRole` action:

/// Marker type tying the request and response of `CheckServiceRole` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CheckServiceRole;

impl sdk_shape::Action for CheckServiceRole {
    type Request = CheckServiceRoleRequest;
    type Response = CheckServiceRoleResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CheckServiceRole`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CheckServiceRoleRequest {
    /// The list of service roles to check.
    ///
    /// Required.
    ///
    /// Wire name: `roles`.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<crate::types::Roles>>,
}

/// Response of `CheckServiceRole`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CheckServiceRoleResponse {
    /// The check results of the service roles.
    ///
    /// Wire name: `roles`.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<crate::types::CheckServiceRoleRoles>>,
}

impl CheckServiceRoleResponse {
    /// The check results of the service roles (`roles`).
    pub fn roles(&self) -> &[crate::types::CheckServiceRoleRoles] {
        self.roles.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CheckServiceRole",
    command: "check-service-role",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "roles",
            flag: "roles",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::roles::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of service roles to check."),
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "roles",
            flag: "roles",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::check_service_role_roles::SHAPE),
            ),
            description: sdk_shape::Text::en("The check results of the service roles."),
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
            method: "POST",
            path: "/ram/check-service-role",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
