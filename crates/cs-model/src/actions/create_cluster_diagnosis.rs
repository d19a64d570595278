// @generated from spec/cs/2015-12-15/actions/CreateClusterDiagnosis.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterDiagnosis` action:

/// Marker type tying the request and response of `CreateClusterDiagnosis` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateClusterDiagnosis;

impl sdk_shape::Action for CreateClusterDiagnosis {
    type Request = CreateClusterDiagnosisRequest;
    type Response = CreateClusterDiagnosisResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateClusterDiagnosis`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterDiagnosisRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The parameters used to specify the diagnosis target. Examples of parameters for different diagnosis types:
    ///
    /// node:
    ///
    /// ```text
    /// {"name": "cn-shanghai.10.10.10.107"}
    /// ```
    ///
    /// pod
    ///
    /// ```text
    /// {"namespace": "kube-system", "name": "csi-plugin-2cg9f"}
    /// ```
    ///
    /// network
    ///
    /// ```text
    /// {"src": "10.10.10.108", "dst": "10.11.247.16", "dport": "80"}
    /// ```
    ///
    /// ingress
    ///
    /// ```text
    /// {"url": "https://example.com"}
    /// ```
    ///
    /// memory
    ///
    /// ```text
    /// {"node":"cn-hangzhou.172.16.9.240"}
    /// ```
    ///
    /// service
    ///
    /// ```text
    /// {"namespace": "kube-system", "name": "nginx-ingress-lb"}
    /// ```
    ///
    /// Wire name: `target`.
    #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
    pub target: Option<serde_json::Value>,
    /// The diagnosis type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Response of `CreateClusterDiagnosis`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateClusterDiagnosisResponse {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The diagnosis ID.
    ///
    /// Wire name: `diagnosis_id`.
    #[serde(rename = "diagnosis_id", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateClusterDiagnosisResponse {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The diagnosis ID (`diagnosis_id`).
    pub fn diagnosis_id(&self) -> Option<&str> {
        self.diagnosis_id.as_deref()
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateClusterDiagnosis",
    command: "create-cluster-diagnosis",
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
            name: "target",
            flag: "target",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The parameters used to specify the diagnosis target. Examples of parameters for different diagnosis types:\n\nnode:\n\n```\n{\"name\": \"cn-shanghai.10.10.10.107\"}\n```\n\npod\n\n```\n{\"namespace\": \"kube-system\", \"name\": \"csi-plugin-2cg9f\"}\n```\n\nnetwork\n\n```\n{\"src\": \"10.10.10.108\", \"dst\": \"10.11.247.16\", \"dport\": \"80\"}\n```\n\ningress\n\n```\n{\"url\": \"https://example.com\"}\n```\n\nmemory\n\n```\n{\"node\":\"cn-hangzhou.172.16.9.240\"}\n```\n\nservice\n\n```\n{\"namespace\": \"kube-system\", \"name\": \"nginx-ingress-lb\"}\n```",
            ),
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
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
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
            method: "POST",
            path: "/clusters/{ClusterId}/diagnosis",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
