// @generated from spec/cs/2015-12-15/types/Logs.json by `cargo xtask codegen`; do not edit.
//! The `Logs` data type.

/// The log entries for policy violations.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Logs {
    /// The ID of the cluster.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The action taken by the policy. Valid values:
    ///
    /// - warn: Alerts on policy violations but does not intercept the requests.
    /// - deny: Intercepts requests that violate the policy.
    ///
    /// Wire name: `constraint_action`.
    #[serde(
        rename = "constraint_action",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_action: Option<String>,
    /// The API version of the policy.
    ///
    /// Wire name: `constraint_api_version`.
    #[serde(
        rename = "constraint_api_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_api_version: Option<String>,
    /// The type of the policy.
    ///
    /// Wire name: `constraint_category`.
    #[serde(
        rename = "constraint_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_category: Option<String>,
    /// The API group of the policy.
    ///
    /// Wire name: `constraint_group`.
    #[serde(
        rename = "constraint_group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_group: Option<String>,
    /// The policy kind that corresponds to the policy name in policy management.
    ///
    /// Wire name: `constraint_kind`.
    #[serde(
        rename = "constraint_kind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_kind: Option<String>,
    /// The name of the policy instance.
    ///
    /// Wire name: `constraint_name`.
    #[serde(
        rename = "constraint_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub constraint_name: Option<String>,
    /// The detailed information about the policy action.
    ///
    /// Wire name: `event_msg`.
    #[serde(rename = "event_msg", default, skip_serializing_if = "Option::is_none")]
    pub event_msg: Option<String>,
    /// The type of the event triggered by the policy, such as violation.
    ///
    /// Wire name: `event_type`.
    #[serde(rename = "event_type", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// The ID of the request.
    ///
    /// Wire name: `request_uid`.
    #[serde(rename = "request_uid", default, skip_serializing_if = "Option::is_none")]
    pub request_uid: Option<String>,
    /// The user information of the request that violated the policy.
    ///
    /// Wire name: `request_userinfo`.
    #[serde(
        rename = "request_userinfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_userinfo: Option<String>,
    /// The username of the request that violated the policy.
    ///
    /// Wire name: `request_username`.
    #[serde(
        rename = "request_username",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_username: Option<String>,
    /// The type of the resource that violated the policy. For example, if a request to operate on a namespace is rejected, the value is Namespace.
    ///
    /// Wire name: `resource_kind`.
    #[serde(rename = "resource_kind", default, skip_serializing_if = "Option::is_none")]
    pub resource_kind: Option<String>,
    /// The name of the resource that violated the policy.
    ///
    /// Wire name: `resource_name`.
    #[serde(rename = "resource_name", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// The time when the policy violation occurred. The time is in ISO 8601 format and includes time zone information.
    ///
    /// Wire name: `time`.
    #[serde(rename = "time", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

impl Logs {
    /// The ID of the cluster (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The action taken by the policy. Valid values: (`constraint_action`).
    pub fn constraint_action(&self) -> Option<&str> {
        self.constraint_action.as_deref()
    }

    /// The API version of the policy (`constraint_api_version`).
    pub fn constraint_api_version(&self) -> Option<&str> {
        self.constraint_api_version.as_deref()
    }

    /// The type of the policy (`constraint_category`).
    pub fn constraint_category(&self) -> Option<&str> {
        self.constraint_category.as_deref()
    }

    /// The API group of the policy (`constraint_group`).
    pub fn constraint_group(&self) -> Option<&str> {
        self.constraint_group.as_deref()
    }

    /// The policy kind that corresponds to the policy name in policy management (`constraint_kind`).
    pub fn constraint_kind(&self) -> Option<&str> {
        self.constraint_kind.as_deref()
    }

    /// The name of the policy instance (`constraint_name`).
    pub fn constraint_name(&self) -> Option<&str> {
        self.constraint_name.as_deref()
    }

    /// The detailed information about the policy action (`event_msg`).
    pub fn event_msg(&self) -> Option<&str> {
        self.event_msg.as_deref()
    }

    /// The type of the event triggered by the policy, such as violation (`event_type`).
    pub fn event_type(&self) -> Option<&str> {
        self.event_type.as_deref()
    }

    /// The ID of the request (`request_uid`).
    pub fn request_uid(&self) -> Option<&str> {
        self.request_uid.as_deref()
    }

    /// The user information of the request that violated the policy (`request_userinfo`).
    pub fn request_userinfo(&self) -> Option<&str> {
        self.request_userinfo.as_deref()
    }

    /// The username of the request that violated the policy (`request_username`).
    pub fn request_username(&self) -> Option<&str> {
        self.request_username.as_deref()
    }

    /// The type of the resource that violated the policy. For example, if a request to operate on a namespace is rejected, the value is Namespace (`resource_kind`).
    pub fn resource_kind(&self) -> Option<&str> {
        self.resource_kind.as_deref()
    }

    /// The name of the resource that violated the policy (`resource_name`).
    pub fn resource_name(&self) -> Option<&str> {
        self.resource_name.as_deref()
    }

    /// The time when the policy violation occurred. The time is in ISO 8601 format and includes time zone information (`time`).
    pub fn time(&self) -> Option<&str> {
        self.time.as_deref()
    }
}

impl Logs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Logs",
    description: sdk_shape::Text::en("The log entries for policy violations."),
    members: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_action",
            flag: "constraint-action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The action taken by the policy. Valid values:\n\n- warn: Alerts on policy violations but does not intercept the requests.\n- deny: Intercepts requests that violate the policy.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_api_version",
            flag: "constraint-api-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The API version of the policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_category",
            flag: "constraint-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_group",
            flag: "constraint-group",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The API group of the policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_kind",
            flag: "constraint-kind",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The policy kind that corresponds to the policy name in policy management.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "constraint_name",
            flag: "constraint-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the policy instance."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "event_msg",
            flag: "event-msg",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The detailed information about the policy action.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "event_type",
            flag: "event-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the event triggered by the policy, such as violation.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_uid",
            flag: "request-uid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_userinfo",
            flag: "request-userinfo",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The user information of the request that violated the policy.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_username",
            flag: "request-username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The username of the request that violated the policy.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_kind",
            flag: "resource-kind",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the resource that violated the policy. For example, if a request to operate on a namespace is rejected, the value is Namespace.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_name",
            flag: "resource-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the resource that violated the policy.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "time",
            flag: "time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the policy violation occurred. The time is in ISO 8601 format and includes time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
