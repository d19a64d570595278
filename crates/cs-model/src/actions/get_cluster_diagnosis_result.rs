// @generated from spec/cs/2015-12-15/actions/GetClusterDiagnosisResult.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterDiagnosisResult` action:

/// Marker type tying the request and response of `GetClusterDiagnosisResult` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterDiagnosisResult;

impl sdk_shape::Action for GetClusterDiagnosisResult {
    type Request = GetClusterDiagnosisResultRequest;
    type Response = GetClusterDiagnosisResultResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterDiagnosisResult`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterDiagnosisResultRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `DiagnosisId`.
    #[serde(rename = "DiagnosisId", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_id: Option<String>,
    /// The query language.
    ///
    /// Wire name: `language`.
    #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Response of `GetClusterDiagnosisResult`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterDiagnosisResultResponse {
    /// The diagnosis result code. Valid values:
    ///
    /// - 0: The diagnosis is completed.
    /// - 1: The diagnosis failed.
    ///
    /// Wire name: `code`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// The time when the diagnosis was initiated.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The diagnosis ID.
    ///
    /// Wire name: `diagnosis_id`.
    #[serde(rename = "diagnosis_id", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_id: Option<String>,
    /// The time when the diagnosis was completed.
    ///
    /// Wire name: `finished`.
    #[serde(rename = "finished", default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<String>,
    /// The diagnosis status message.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The diagnosis result.
    ///
    /// Wire name: `result`.
    #[serde(rename = "result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// The diagnosis status. Valid values:
    ///
    /// - 0: The diagnosis is created.
    /// - 1: The diagnosis is running.
    /// - 2: The diagnosis is completed.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The diagnosis target.
    ///
    /// Wire name: `target`.
    #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The diagnosis type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl GetClusterDiagnosisResultResponse {
    /// The diagnosis result code. Valid values: (`code`).
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// The time when the diagnosis was initiated (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// The diagnosis ID (`diagnosis_id`).
    pub fn diagnosis_id(&self) -> Option<&str> {
        self.diagnosis_id.as_deref()
    }

    /// The time when the diagnosis was completed (`finished`).
    pub fn finished(&self) -> Option<&str> {
        self.finished.as_deref()
    }

    /// The diagnosis status message (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The diagnosis result (`result`).
    pub fn result(&self) -> Option<&str> {
        self.result.as_deref()
    }

    /// The diagnosis status. Valid values: (`status`).
    pub fn status(&self) -> Option<i64> {
        self.status
    }

    /// The diagnosis target (`target`).
    pub fn target(&self) -> Option<&str> {
        self.target.as_deref()
    }

    /// The diagnosis type (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterDiagnosisResult",
    command: "get-cluster-diagnosis-result",
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
            name: "DiagnosisId",
            flag: "diagnosis-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "language",
            flag: "language",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The query language."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "code",
            flag: "code",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The diagnosis result code. Valid values:\n\n- 0: The diagnosis is completed.\n- 1: The diagnosis failed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnosis was initiated.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "diagnosis_id",
            flag: "diagnosis-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "finished",
            flag: "finished",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnosis was completed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis status message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "result",
            flag: "result",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis result."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The diagnosis status. Valid values:\n\n- 0: The diagnosis is created.\n- 1: The diagnosis is running.\n- 2: The diagnosis is completed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "target",
            flag: "target",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis target."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis type."),
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
            path: "/clusters/{ClusterId}/diagnosis/{DiagnosisId}/result",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
