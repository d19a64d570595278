// @generated from spec/eflo-controller/2022-12-15/types/DiagnosticResults.json by `cargo xtask codegen`; do not edit.
//! The `DiagnosticResults` data type.

/// The diagnostic information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DiagnosticResults {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The cluster name.
    ///
    /// Wire name: `ClusterName`.
    #[serde(rename = "ClusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// The time when the diagnostic task was created. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The diagnostic content. For example, in the network diagnostic type, the diagnostic content includes static configuration checks and dynamic runtime checks.
    ///
    /// Wire name: `DiagContent`.
    #[serde(rename = "DiagContent", default, skip_serializing_if = "Option::is_none")]
    pub diag_content: Option<String>,
    /// The diagnostic ID.
    ///
    /// Wire name: `DiagId`.
    #[serde(rename = "DiagId", default, skip_serializing_if = "Option::is_none")]
    pub diag_id: Option<String>,
    /// The diagnostic result, which indicates success or failure.
    ///
    /// Wire name: `DiagResult`.
    #[serde(rename = "DiagResult", default, skip_serializing_if = "Option::is_none")]
    pub diag_result: Option<String>,
    /// The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `FinishedTime`.
    #[serde(rename = "FinishedTime", default, skip_serializing_if = "Option::is_none")]
    pub finished_time: Option<String>,
    /// The resource ID.
    ///
    /// Wire name: `ResourceId`.
    #[serde(rename = "ResourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The service name.
    ///
    /// Wire name: `ServerName`.
    #[serde(rename = "ServerName", default, skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    /// The governance status.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DiagnosticResults {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The time when the diagnostic task was created. The time is in ISO 8601 format. Z in the example indicates UTC (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The diagnostic content. For example, in the network diagnostic type, the diagnostic content includes static configuration checks and dynamic runtime checks (`DiagContent`).
    pub fn diag_content(&self) -> Option<&str> {
        self.diag_content.as_deref()
    }

    /// The diagnostic ID (`DiagId`).
    pub fn diag_id(&self) -> Option<&str> {
        self.diag_id.as_deref()
    }

    /// The diagnostic result, which indicates success or failure (`DiagResult`).
    pub fn diag_result(&self) -> Option<&str> {
        self.diag_result.as_deref()
    }

    /// The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC (`FinishedTime`).
    pub fn finished_time(&self) -> Option<&str> {
        self.finished_time.as_deref()
    }

    /// The resource ID (`ResourceId`).
    pub fn resource_id(&self) -> Option<&str> {
        self.resource_id.as_deref()
    }

    /// The service name (`ServerName`).
    pub fn server_name(&self) -> Option<&str> {
        self.server_name.as_deref()
    }

    /// The governance status (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

impl DiagnosticResults {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DiagnosticResults",
    description: sdk_shape::Text::en("The diagnostic information."),
    members: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterName",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnostic task was created. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagContent",
            flag: "diag-content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The diagnostic content. For example, in the network diagnostic type, the diagnostic content includes static configuration checks and dynamic runtime checks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagId",
            flag: "diag-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagResult",
            flag: "diag-result",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The diagnostic result, which indicates success or failure.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishedTime",
            flag: "finished-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceId",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ServerName",
            flag: "server-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The service name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The governance status."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
