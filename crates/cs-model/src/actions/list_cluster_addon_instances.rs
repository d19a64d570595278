// @generated from spec/cs/2015-12-15/actions/ListClusterAddonInstances.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterAddonInstances` action:

/// Marker type tying the request and response of `ListClusterAddonInstances` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListClusterAddonInstances;

impl sdk_shape::Action for ListClusterAddonInstances {
    type Request = ListClusterAddonInstancesRequest;
    type Response = ListClusterAddonInstancesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListClusterAddonInstances`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListClusterAddonInstancesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `ListClusterAddonInstances`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterAddonInstancesResponse {
    /// The list of installed add-on instances.
    ///
    /// Wire name: `addons`.
    #[serde(rename = "addons", default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<crate::types::ListClusterAddonInstancesAddons>>,
}

impl ListClusterAddonInstancesResponse {
    /// The list of installed add-on instances (`addons`).
    pub fn addons(&self) -> &[crate::types::ListClusterAddonInstancesAddons] {
        self.addons.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListClusterAddonInstances",
    command: "list-cluster-addon-instances",
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
    output: &[
        sdk_shape::MemberShape {
            name: "addons",
            flag: "addons",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_cluster_addon_instances_addons::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of installed add-on instances."),
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
            path: "/clusters/{ClusterId}/addon_instances",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
