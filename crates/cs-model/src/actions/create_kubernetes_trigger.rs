// @generated from spec/cs/2015-12-15/actions/CreateKubernetesTrigger.json by `cargo xtask codegen`; do not edit.
//! The `CreateKubernetesTrigger` action:

/// Marker type tying the request and response of `CreateKubernetesTrigger` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateKubernetesTrigger;

impl sdk_shape::Action for CreateKubernetesTrigger {
    type Request = CreateKubernetesTriggerRequest;
    type Response = CreateKubernetesTriggerResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateKubernetesTrigger`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateKubernetesTriggerRequest {
    /// The action of the trigger. Valid values:
    ///
    /// - `redeploy`: Redeploys the resources defined in `project_id`.
    ///
    /// Required.
    ///
    /// Wire name: `action`.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The cluster ID.
    ///
    /// Required.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The project name of the trigger. It consists of the namespace and the name of the application, in the format of `${namespace}/${name}`. Example: `default/test-app`.
    ///
    /// Required.
    ///
    /// Wire name: `project_id`.
    #[serde(rename = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The type of the trigger. Valid values:
    ///
    /// - `deployment`: The trigger for stateless applications.
    /// - `application`: The trigger for applications in Hybrid Cloud Application Center.
    ///
    /// Default value: `deployment`.
    ///
    /// Default: `"deployment"`.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Response of `CreateKubernetesTrigger`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateKubernetesTriggerResponse {
    /// The action of the trigger. For example, `redeploy`: Redeploys the resources.
    ///
    /// Wire name: `action`.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The trigger ID.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The project name of the trigger.
    ///
    /// Wire name: `project_id`.
    #[serde(rename = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The type of the trigger. Valid values:
    ///
    /// - `deployment`: The trigger for stateless applications.
    /// - `application`: The trigger for applications in Hybrid Cloud Application Center.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl CreateKubernetesTriggerResponse {
    /// The action of the trigger. For example, `redeploy`: Redeploys the resources (`action`).
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The trigger ID (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The project name of the trigger (`project_id`).
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// The type of the trigger. Valid values: (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateKubernetesTrigger",
    command: "create-kubernetes-trigger",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The action of the trigger. Valid values:\n\n- `redeploy`: Redeploys the resources defined in `project_id`.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "project_id",
            flag: "project-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The project name of the trigger. It consists of the namespace and the name of the application, in the format of `${namespace}/${name}`. Example: `default/test-app`.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the trigger. Valid values:\n\n- `deployment`: The trigger for stateless applications.\n- `application`: The trigger for applications in Hybrid Cloud Application Center.\n\nDefault value: `deployment`.",
            ),
            default: Some("\"deployment\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The action of the trigger. For example, `redeploy`: Redeploys the resources.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The trigger ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "project_id",
            flag: "project-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The project name of the trigger."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the trigger. Valid values:\n\n- `deployment`: The trigger for stateless applications.\n- `application`: The trigger for applications in Hybrid Cloud Application Center.",
            ),
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
            path: "/triggers",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
