// @generated from spec/cs/2015-12-15/actions/ListClusterAddonInstanceResources.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterAddonInstanceResources` action:

/// Marker type tying the request and response of `ListClusterAddonInstanceResources` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListClusterAddonInstanceResources;

impl sdk_shape::Action for ListClusterAddonInstanceResources {
    type Request = ListClusterAddonInstanceResourcesRequest;
    type Response = ListClusterAddonInstanceResourcesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListClusterAddonInstanceResources`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListClusterAddonInstanceResourcesRequest {
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

/// Response of `ListClusterAddonInstanceResources`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterAddonInstanceResourcesResponse {
    /// The Helm release instance information corresponding to the component.
    ///
    /// Wire name: `helm_release`.
    #[serde(rename = "helm_release", default, skip_serializing_if = "Option::is_none")]
    pub helm_release: Option<crate::types::HelmRelease>,
    /// The list of Kubernetes objects contained in the component.
    ///
    /// Wire name: `kubernetes_objects`.
    #[serde(
        rename = "kubernetes_objects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_objects: Option<Vec<crate::types::KubernetesObjects>>,
}

impl ListClusterAddonInstanceResourcesResponse {
    /// The Helm release instance information corresponding to the component (`helm_release`).
    pub fn helm_release(&self) -> Option<&crate::types::HelmRelease> {
        self.helm_release.as_ref()
    }

    /// The list of Kubernetes objects contained in the component (`kubernetes_objects`).
    pub fn kubernetes_objects(&self) -> &[crate::types::KubernetesObjects] {
        self.kubernetes_objects.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListClusterAddonInstanceResources",
    command: "list-cluster-addon-instance-resources",
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
            name: "helm_release",
            flag: "helm-release",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::helm_release::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The Helm release instance information corresponding to the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_objects",
            flag: "kubernetes-objects",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubernetes_objects::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of Kubernetes objects contained in the component.",
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
            path: "/clusters/{ClusterId}/addon_instances/{InstanceName}/resources",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
