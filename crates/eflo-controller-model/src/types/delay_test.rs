// @generated from spec/eflo-controller/2022-12-15/types/DelayTest.json by `cargo xtask codegen`; do not edit.
//! The `DelayTest` data type.

/// The latency test configuration. This field is required when the network test type is latency test.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DelayTest {
    /// The hosts of the test nodes.
    ///
    /// Wire name: `Hosts`.
    #[serde(rename = "Hosts", default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<crate::types::DescribeNetTestResultHosts>>,
}

impl DelayTest {
    /// The hosts of the test nodes (`Hosts`).
    pub fn hosts(&self) -> &[crate::types::DescribeNetTestResultHosts] {
        self.hosts.as_deref().unwrap_or_default()
    }
}

impl DelayTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DelayTest",
    description: sdk_shape::Text::en(
        "The latency test configuration. This field is required when the network test type is latency test.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Hosts",
            flag: "hosts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_net_test_result_hosts::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The hosts of the test nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
