// @generated from spec/cs/2015-12-15/actions/GetClusterDiagnosisCheckItems.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterDiagnosisCheckItems` action:

/// Marker type tying the request and response of `GetClusterDiagnosisCheckItems` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterDiagnosisCheckItems;

impl sdk_shape::Action for GetClusterDiagnosisCheckItems {
    type Request = GetClusterDiagnosisCheckItemsRequest;
    type Response = GetClusterDiagnosisCheckItemsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterDiagnosisCheckItems`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterDiagnosisCheckItemsRequest {
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

/// Response of `GetClusterDiagnosisCheckItems`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterDiagnosisCheckItemsResponse {
    /// The check items.
    ///
    /// Wire name: `check_items`.
    #[serde(rename = "check_items", default, skip_serializing_if = "Option::is_none")]
    pub check_items: Option<Vec<crate::types::CheckItems>>,
    /// The status code.
    ///
    /// Wire name: `code`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Indicates whether the check is successful.
    ///
    /// Wire name: `is_success`.
    #[serde(rename = "is_success", default, skip_serializing_if = "Option::is_none")]
    pub is_success: Option<bool>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl GetClusterDiagnosisCheckItemsResponse {
    /// The check items (`check_items`).
    pub fn check_items(&self) -> &[crate::types::CheckItems] {
        self.check_items.as_deref().unwrap_or_default()
    }

    /// The status code (`code`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// Indicates whether the check is successful (`is_success`).
    pub fn is_success(&self) -> Option<bool> {
        self.is_success
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterDiagnosisCheckItems",
    command: "get-cluster-diagnosis-check-items",
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
            name: "check_items",
            flag: "check-items",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::check_items::SHAPE),
            ),
            description: sdk_shape::Text::en("The check items."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "code",
            flag: "code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status code."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_success",
            flag: "is-success",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the check is successful.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
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
            path: "/clusters/{ClusterId}/diagnosis/{DiagnosisId}/check_items",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
