// @generated from spec/cs/2015-12-15/actions/GetUpgradeStatus.json by `cargo xtask codegen`; do not edit.
//! The `GetUpgradeStatus` action:

/// Marker type tying the request and response of `GetUpgradeStatus` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetUpgradeStatus;

impl sdk_shape::Action for GetUpgradeStatus {
    type Request = GetUpgradeStatusRequest;
    type Response = GetUpgradeStatusResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetUpgradeStatus`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetUpgradeStatusRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `GetUpgradeStatus`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetUpgradeStatusResponse {
    /// The error message during the cluster upgrade.
    ///
    /// Wire name: `error_message`.
    #[serde(rename = "error_message", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The ID of the precheck report.
    ///
    /// Wire name: `precheck_report_id`.
    #[serde(
        rename = "precheck_report_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub precheck_report_id: Option<String>,
    /// The current upgrade status of the cluster. Valid values:
    ///
    /// - `success`: Upgrade succeeded.
    /// - `fail`: Upgrade failed.
    /// - `pause`: Upgrade paused.
    /// - `running`: Upgrade in progress.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The current upgrade stage of the cluster. Valid values:
    ///
    /// - `not_start`: Not started.
    /// - `prechecking`: Prechecking.
    /// - `upgrading`: Upgrading.
    /// - `pause`: Paused.
    /// - `success`: Upgrade succeeded.
    ///
    /// Wire name: `upgrade_step`.
    #[serde(rename = "upgrade_step", default, skip_serializing_if = "Option::is_none")]
    pub upgrade_step: Option<String>,
    /// The details of the upgrade task.
    ///
    /// Wire name: `upgrade_task`.
    #[serde(rename = "upgrade_task", default, skip_serializing_if = "Option::is_none")]
    pub upgrade_task: Option<crate::types::UpgradeTask>,
}

impl GetUpgradeStatusResponse {
    /// The error message during the cluster upgrade (`error_message`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The ID of the precheck report (`precheck_report_id`).
    pub fn precheck_report_id(&self) -> Option<&str> {
        self.precheck_report_id.as_deref()
    }

    /// The current upgrade status of the cluster. Valid values: (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The current upgrade stage of the cluster. Valid values: (`upgrade_step`).
    pub fn upgrade_step(&self) -> Option<&str> {
        self.upgrade_step.as_deref()
    }

    /// The details of the upgrade task (`upgrade_task`).
    pub fn upgrade_task(&self) -> Option<&crate::types::UpgradeTask> {
        self.upgrade_task.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetUpgradeStatus",
    command: "get-upgrade-status",
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
            name: "error_message",
            flag: "error-message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The error message during the cluster upgrade.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "precheck_report_id",
            flag: "precheck-report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the precheck report."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The current upgrade status of the cluster. Valid values:\n\n- `success`: Upgrade succeeded.\n- `fail`: Upgrade failed.\n- `pause`: Upgrade paused.\n- `running`: Upgrade in progress.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "upgrade_step",
            flag: "upgrade-step",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The current upgrade stage of the cluster. Valid values:\n\n- `not_start`: Not started.\n- `prechecking`: Prechecking.\n- `upgrading`: Upgrading.\n- `pause`: Paused.\n- `success`: Upgrade succeeded.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "upgrade_task",
            flag: "upgrade-task",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::upgrade_task::SHAPE),
            ),
            description: sdk_shape::Text::en("The details of the upgrade task."),
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
            path: "/api/v2/clusters/{ClusterId}/upgrade/status",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
