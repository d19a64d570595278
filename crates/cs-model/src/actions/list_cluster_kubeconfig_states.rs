// @generated from spec/cs/2015-12-15/actions/ListClusterKubeconfigStates.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterKubeconfigStates` action:

/// Marker type tying the request and response of `ListClusterKubeconfigStates` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListClusterKubeconfigStates;

impl sdk_shape::Action for ListClusterKubeconfigStates {
    type Request = ListClusterKubeconfigStatesRequest;
    type Response = ListClusterKubeconfigStatesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListClusterKubeconfigStates`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListClusterKubeconfigStatesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to query the list of KubeConfigs for cloud service roles in the cluster.
    ///
    /// Valid values:
    ///
    /// - true: Queries the list of KubeConfigs for cloud service roles in the cluster.
    /// - false: Queries the list of KubeConfigs for Resource Access Management (RAM) users or roles in the cluster.
    ///
    /// Wire name: `cloudServiceKubeConfig`.
    #[serde(
        rename = "cloudServiceKubeConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_service_kube_config: Option<bool>,
    /// The page number.
    ///
    /// Valid values: integers greater than or equal to 1.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `pageNumber`.
    #[serde(rename = "pageNumber", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The number of entries per page.
    ///
    /// Valid values: 1 to 50.
    ///
    /// Default value: 10.
    ///
    /// Default: `10`.
    ///
    /// Wire name: `pageSize`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// Response of `ListClusterKubeconfigStates`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterKubeconfigStatesResponse {
    /// The pagination information.
    ///
    /// Wire name: `page`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::types::Page>,
    /// The list of KubeConfig states associated with the cluster.
    ///
    /// Wire name: `states`.
    #[serde(rename = "states", default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<crate::types::States>>,
}

impl ListClusterKubeconfigStatesResponse {
    /// The pagination information (`page`).
    pub fn page(&self) -> Option<&crate::types::Page> {
        self.page.as_ref()
    }

    /// The list of KubeConfig states associated with the cluster (`states`).
    pub fn states(&self) -> &[crate::types::States] {
        self.states.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListClusterKubeconfigStates",
    command: "list-cluster-kubeconfig-states",
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
            name: "cloudServiceKubeConfig",
            flag: "cloud-service-kube-config",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to query the list of KubeConfigs for cloud service roles in the cluster.\n\nValid values:\n\n- true: Queries the list of KubeConfigs for cloud service roles in the cluster.\n- false: Queries the list of KubeConfigs for Resource Access Management (RAM) users or roles in the cluster.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pageNumber",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The page number.\n\nValid values: integers greater than or equal to 1.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pageSize",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries per page.\n\nValid values: 1 to 50.\n\nDefault value: 10.",
            ),
            default: Some("10"),
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
            description: sdk_shape::Text::en("The pagination information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "states",
            flag: "states",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::states::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of KubeConfig states associated with the cluster.",
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
            path: "/clusters/{ClusterId}/kubeconfig/states",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
