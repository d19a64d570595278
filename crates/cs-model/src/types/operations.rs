// @generated from spec/cs/2015-12-15/types/Operations.json by `cargo xtask codegen`; do not edit.
//! The `Operations` data type.

/// The repair operations to be performed. If you do not specify this parameter, all repair operations are performed by default. You do not need to specify this parameter in common scenarios.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Operations {
    /// The list of repair operation parameters.
    ///
    /// Wire name: `args`.
    #[serde(rename = "args", default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<String>>,
    /// The repair operation ID. Valid values:
    ///
    /// - restart.kubelet: Restarts kubelet.
    /// - restart.docker: Restarts Docker.
    /// - restart.containerd: Restarts Containerd.
    /// - restart.ntp: Restarts ntpd or chronyd.
    /// - remove.containerdContainerInSandbox: Deletes the specified sandbox container in Containerd.
    /// - remove.dockerContainerInSandbox: Deletes the specified sandbox container in Docker.
    /// - remove.containerdContainer: Deletes the specified container in Containerd.
    /// - remove.dockerContainer: Deletes the specified container in Docker.
    ///
    /// Wire name: `operation_id`.
    #[serde(rename = "operation_id", default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
}

impl Operations {
    /// Sets `args`: The list of repair operation parameters.
    pub fn with_args(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.args = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `operation_id`: The repair operation ID. Valid values:.
    pub fn with_operation_id(mut self, value: impl Into<String>) -> Self {
        self.operation_id = Some(value.into());
        self
    }

    /// The list of repair operation parameters (`args`).
    pub fn args(&self) -> &[String] {
        self.args.as_deref().unwrap_or_default()
    }

    /// The repair operation ID. Valid values: (`operation_id`).
    pub fn operation_id(&self) -> Option<&str> {
        self.operation_id.as_deref()
    }
}

impl Operations {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Operations",
    description: sdk_shape::Text::en(
        "The repair operations to be performed. If you do not specify this parameter, all repair operations are performed by default. You do not need to specify this parameter in common scenarios.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "args",
            flag: "args",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of repair operation parameters."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "operation_id",
            flag: "operation-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The repair operation ID. Valid values:\n\n- restart.kubelet: Restarts kubelet.\n- restart.docker: Restarts Docker.\n- restart.containerd: Restarts Containerd.\n- restart.ntp: Restarts ntpd or chronyd.\n- remove.containerdContainerInSandbox: Deletes the specified sandbox container in Containerd.\n- remove.dockerContainerInSandbox: Deletes the specified sandbox container in Docker.\n- remove.containerdContainer: Deletes the specified container in Containerd.\n- remove.dockerContainer: Deletes the specified container in Docker.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
