// @generated from spec/eflo-controller/2022-12-15/types/CreateNetTestTaskDelayTest.json by `cargo xtask codegen`; do not edit.
//! The `CreateNetTestTaskDelayTest` data type.

/// Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [DelayTest](crate::types::DelayTest).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskDelayTest {
    /// The hosts of the test nodes.
    ///
    /// Wire name: `Hosts`.
    #[serde(rename = "Hosts", default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<crate::types::CreateNetTestTaskDelayTestHosts>>,
}

impl CreateNetTestTaskDelayTest {
    /// Sets `Hosts`: The hosts of the test nodes.
    pub fn with_hosts(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::types::CreateNetTestTaskDelayTestHosts>,
        >,
    ) -> Self {
        self.hosts = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The hosts of the test nodes (`Hosts`).
    pub fn hosts(&self) -> &[crate::types::CreateNetTestTaskDelayTestHosts] {
        self.hosts.as_deref().unwrap_or_default()
    }
}

impl CreateNetTestTaskDelayTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateNetTestTaskDelayTest",
    description: sdk_shape::Text::en(
        "Specify this parameter if NetTestType is set to DelayTest.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Hosts",
            flag: "hosts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_delay_test_hosts::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The hosts of the test nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
