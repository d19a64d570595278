// @generated from spec/cs/2015-12-15/types/RollingPolicy.json by `cargo xtask codegen`; do not edit.
//! The `RollingPolicy` data type.

/// The rolling update configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RollingPolicy {
    /// The upgrade interval between batches, in seconds. Default value: 0.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `batch_interval`.
    #[serde(rename = "batch_interval", default, skip_serializing_if = "Option::is_none")]
    pub batch_interval: Option<i64>,
    /// The maximum number of nodes allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `max_failed_nodes`.
    #[serde(
        rename = "max_failed_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_failed_nodes: Option<i64>,
    /// The maximum number of parallel updates per batch. Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `max_parallelism`.
    #[serde(
        rename = "max_parallelism",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallelism: Option<i64>,
    /// The auto-pause policy during the node upgrade process. Valid values: NotPause, FirstBatch, and EveryBatch. Default value: NotPause.
    ///
    /// Default: `"NotPause"`.
    ///
    /// Wire name: `pause_policy`.
    #[serde(rename = "pause_policy", default, skip_serializing_if = "Option::is_none")]
    pub pause_policy: Option<crate::types::PausePolicy>,
}

impl RollingPolicy {
    /// Sets `batch_interval`: The upgrade interval between batches, in seconds. Default value: 0.
    pub fn with_batch_interval(mut self, value: i64) -> Self {
        self.batch_interval = Some(value);
        self
    }

    /// Sets `max_failed_nodes`: The maximum number of nodes allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.
    pub fn with_max_failed_nodes(mut self, value: i64) -> Self {
        self.max_failed_nodes = Some(value);
        self
    }

    /// Sets `max_parallelism`: The maximum number of parallel updates per batch. Default value: 1.
    pub fn with_max_parallelism(mut self, value: i64) -> Self {
        self.max_parallelism = Some(value);
        self
    }

    /// Sets `pause_policy`: The auto-pause policy during the node upgrade process. Valid values: NotPause, FirstBatch, and EveryBatch. Default value: NotPause.
    pub fn with_pause_policy(
        mut self,
        value: impl Into<crate::types::PausePolicy>,
    ) -> Self {
        self.pause_policy = Some(value.into());
        self
    }

    /// The upgrade interval between batches, in seconds. Default value: 0 (`batch_interval`).
    pub fn batch_interval(&self) -> Option<i64> {
        self.batch_interval
    }

    /// The maximum number of nodes allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value (`max_failed_nodes`).
    pub fn max_failed_nodes(&self) -> Option<i64> {
        self.max_failed_nodes
    }

    /// The maximum number of parallel updates per batch. Default value: 1 (`max_parallelism`).
    pub fn max_parallelism(&self) -> Option<i64> {
        self.max_parallelism
    }

    /// The auto-pause policy during the node upgrade process. Valid values: NotPause, FirstBatch, and EveryBatch. Default value: NotPause (`pause_policy`).
    pub fn pause_policy(&self) -> Option<&crate::types::PausePolicy> {
        self.pause_policy.as_ref()
    }
}

impl RollingPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RollingPolicy",
    description: sdk_shape::Text::en("The rolling update configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "batch_interval",
            flag: "batch-interval",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The upgrade interval between batches, in seconds. Default value: 0.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_failed_nodes",
            flag: "max-failed-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_parallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of parallel updates per batch. Default value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pause_policy",
            flag: "pause-policy",
            kind: sdk_shape::Kind::Enum(&crate::types::pause_policy::SHAPE),
            description: sdk_shape::Text::en(
                "The auto-pause policy during the node upgrade process. Valid values: NotPause, FirstBatch, and EveryBatch. Default value: NotPause.",
            ),
            default: Some("\"NotPause\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
