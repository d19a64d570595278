// @generated from spec/cs/2015-12-15/types/InstallNodePoolComponentsRollingPolicy.json by `cargo xtask codegen`; do not edit.
//! The `InstallNodePoolComponentsRollingPolicy` data type.

/// The rolling update configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct InstallNodePoolComponentsRollingPolicy {
    /// The upgrade interval between batches, in seconds.
    ///
    /// Wire name: `batchInterval`.
    #[serde(rename = "batchInterval", default, skip_serializing_if = "Option::is_none")]
    pub batch_interval: Option<i64>,
    /// The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `maxFailedNodes`.
    #[serde(rename = "maxFailedNodes", default, skip_serializing_if = "Option::is_none")]
    pub max_failed_nodes: Option<i64>,
    /// The maximum number of parallel operations per batch. Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `maxParallelism`.
    #[serde(rename = "maxParallelism", default, skip_serializing_if = "Option::is_none")]
    pub max_parallelism: Option<i64>,
    /// The automatic pause policy during the node upgrade process.
    ///
    /// Wire name: `pausePolicy`.
    #[serde(rename = "pausePolicy", default, skip_serializing_if = "Option::is_none")]
    pub pause_policy: Option<String>,
}

impl InstallNodePoolComponentsRollingPolicy {
    /// Sets `batchInterval`: The upgrade interval between batches, in seconds.
    pub fn with_batch_interval(mut self, value: i64) -> Self {
        self.batch_interval = Some(value);
        self
    }

    /// Sets `maxFailedNodes`: The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.
    pub fn with_max_failed_nodes(mut self, value: i64) -> Self {
        self.max_failed_nodes = Some(value);
        self
    }

    /// Sets `maxParallelism`: The maximum number of parallel operations per batch. Default value: 1.
    pub fn with_max_parallelism(mut self, value: i64) -> Self {
        self.max_parallelism = Some(value);
        self
    }

    /// Sets `pausePolicy`: The automatic pause policy during the node upgrade process.
    pub fn with_pause_policy(mut self, value: impl Into<String>) -> Self {
        self.pause_policy = Some(value.into());
        self
    }

    /// The upgrade interval between batches, in seconds (`batchInterval`).
    pub fn batch_interval(&self) -> Option<i64> {
        self.batch_interval
    }

    /// The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value (`maxFailedNodes`).
    pub fn max_failed_nodes(&self) -> Option<i64> {
        self.max_failed_nodes
    }

    /// The maximum number of parallel operations per batch. Default value: 1 (`maxParallelism`).
    pub fn max_parallelism(&self) -> Option<i64> {
        self.max_parallelism
    }

    /// The automatic pause policy during the node upgrade process (`pausePolicy`).
    pub fn pause_policy(&self) -> Option<&str> {
        self.pause_policy.as_deref()
    }
}

impl InstallNodePoolComponentsRollingPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InstallNodePoolComponentsRollingPolicy",
    description: sdk_shape::Text::en("The rolling update configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "batchInterval",
            flag: "batch-interval",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The upgrade interval between batches, in seconds.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maxFailedNodes",
            flag: "max-failed-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maxParallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of parallel operations per batch. Default value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pausePolicy",
            flag: "pause-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The automatic pause policy during the node upgrade process.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
