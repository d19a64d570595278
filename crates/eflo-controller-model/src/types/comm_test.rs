// @generated from spec/eflo-controller/2022-12-15/types/CommTest.json by `cargo xtask codegen`; do not edit.
//! The `CommTest` data type.

/// The communication library test configuration. This field is required when the traffic test type is communication library test.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CommTest {
    /// The number of GPUs.
    ///
    /// Wire name: `GPUNum`.
    #[serde(rename = "GPUNum", default, skip_serializing_if = "Option::is_none")]
    pub gpu_num: Option<String>,
    /// The resource ID.
    ///
    /// Wire name: `Hosts`.
    #[serde(rename = "Hosts", default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<crate::types::Hosts>>,
    /// The communication library model.
    ///
    /// Wire name: `Model`.
    #[serde(rename = "Model", default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The communication library test category. Valid values: ACCL and NCCL.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::types::Type>,
}

impl CommTest {
    /// The number of GPUs (`GPUNum`).
    pub fn gpu_num(&self) -> Option<&str> {
        self.gpu_num.as_deref()
    }

    /// The resource ID (`Hosts`).
    pub fn hosts(&self) -> &[crate::types::Hosts] {
        self.hosts.as_deref().unwrap_or_default()
    }

    /// The communication library model (`Model`).
    pub fn model(&self) -> Option<&str> {
        self.model.as_deref()
    }

    /// The communication library test category. Valid values: ACCL and NCCL (`Type`).
    pub fn r#type(&self) -> Option<&crate::types::Type> {
        self.r#type.as_ref()
    }
}

impl CommTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CommTest",
    description: sdk_shape::Text::en(
        "The communication library test configuration. This field is required when the traffic test type is communication library test.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "GPUNum",
            flag: "gpu-num",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The number of GPUs."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hosts",
            flag: "hosts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::hosts::SHAPE),
            ),
            description: sdk_shape::Text::en("The resource ID."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Model",
            flag: "model",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The communication library model."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::Enum(&crate::types::r#type::SHAPE),
            description: sdk_shape::Text::en(
                "The communication library test category. Valid values: ACCL and NCCL.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
