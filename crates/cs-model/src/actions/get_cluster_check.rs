// @generated from spec/cs/2015-12-15/actions/GetClusterCheck.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterCheck` action:

/// Marker type tying the request and response of `GetClusterCheck` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterCheck;

impl sdk_shape::Action for GetClusterCheck {
    type Request = GetClusterCheckRequest;
    type Response = GetClusterCheckResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterCheck`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterCheckRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `CheckId`.
    #[serde(rename = "CheckId", default, skip_serializing_if = "Option::is_none")]
    pub check_id: Option<String>,
}

/// Response of `GetClusterCheck`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterCheckResponse {
    /// The check ID.
    ///
    /// Wire name: `check_id`.
    #[serde(rename = "check_id", default, skip_serializing_if = "Option::is_none")]
    pub check_id: Option<String>,
    /// The check items.
    ///
    /// Wire name: `check_items`.
    #[serde(rename = "check_items", default, skip_serializing_if = "Option::is_none")]
    pub check_items: Option<serde_json::Value>,
    /// The creation time in ISO 8601 format with time zone information.
    ///
    /// Wire name: `created_at`.
    #[serde(rename = "created_at", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The completion time.
    ///
    /// Wire name: `finished_at`.
    #[serde(rename = "finished_at", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// The check status message.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The check status.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The check type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl GetClusterCheckResponse {
    /// The check ID (`check_id`).
    pub fn check_id(&self) -> Option<&str> {
        self.check_id.as_deref()
    }

    /// The check items (`check_items`).
    pub fn check_items(&self) -> Option<&serde_json::Value> {
        self.check_items.as_ref()
    }

    /// The creation time in ISO 8601 format with time zone information (`created_at`).
    pub fn created_at(&self) -> Option<&str> {
        self.created_at.as_deref()
    }

    /// The completion time (`finished_at`).
    pub fn finished_at(&self) -> Option<&str> {
        self.finished_at.as_deref()
    }

    /// The check status message (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The check status (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The check type (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterCheck",
    command: "get-cluster-check",
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
            name: "CheckId",
            flag: "check-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "check_id",
            flag: "check-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "check_items",
            flag: "check-items",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The check items."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created_at",
            flag: "created-at",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "finished_at",
            flag: "finished-at",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The completion time."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check status message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check type."),
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
            path: "/clusters/{ClusterId}/checks/{CheckId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
