// @generated from spec/cs/2015-12-15/actions/ListUserKubeConfigStates.json by `cargo xtask codegen`; do not edit.
//! The `ListUserKubeConfigStates` action:

/// Marker type tying the request and response of `ListUserKubeConfigStates` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListUserKubeConfigStates;

impl sdk_shape::Action for ListUserKubeConfigStates {
    type Request = ListUserKubeConfigStatesRequest;
    type Response = ListUserKubeConfigStatesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListUserKubeConfigStates`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserKubeConfigStatesRequest {
    /// Required.
    ///
    /// Wire name: `Uid`.
    #[serde(rename = "Uid", default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// The page number.
    ///
    /// - Valid values: greater than or equal to 1.
    ///
    /// - Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The number of entries to return on each page.
    ///
    /// - Valid values: 1 to 100.
    ///
    /// - Default value: 50.
    ///
    /// Default: `50`.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// Response of `ListUserKubeConfigStates`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListUserKubeConfigStatesResponse {
    /// The pagination parameters.
    ///
    /// Wire name: `page`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::types::Page>,
    /// The KubeConfig status details of the user.
    ///
    /// Wire name: `states`.
    #[serde(rename = "states", default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<crate::types::ListUserKubeConfigStatesStates>>,
}

impl ListUserKubeConfigStatesResponse {
    /// The pagination parameters (`page`).
    pub fn page(&self) -> Option<&crate::types::Page> {
        self.page.as_ref()
    }

    /// The KubeConfig status details of the user (`states`).
    pub fn states(&self) -> &[crate::types::ListUserKubeConfigStatesStates] {
        self.states.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListUserKubeConfigStates",
    command: "list-user-kube-config-states",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Uid",
            flag: "uid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The page number.\n\n- Valid values: greater than or equal to 1.\n\n- Default value: 1.",
            ),
            default: Some("1"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries to return on each page.\n\n- Valid values: 1 to 100.\n\n- Default value: 50.",
            ),
            default: Some("50"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "page",
            flag: "page",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination parameters."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "states",
            flag: "states",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_user_kube_config_states_states::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The KubeConfig status details of the user.",
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
            method: "GET",
            path: "/users/{Uid}/kubeconfig/states",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
