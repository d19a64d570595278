// @generated from spec/eflo-controller/2022-12-15/types/CreateNetTestTaskCommTest.json by `cargo xtask codegen`; do not edit.
//! The `CreateNetTestTaskCommTest` data type.

/// Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [CommTest](crate::types::CommTest).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskCommTest {
    /// The number of GPUs.
    ///
    /// Wire name: `GPUNum`.
    #[serde(rename = "GPUNum", default, skip_serializing_if = "Option::is_none")]
    pub gpu_num: Option<i64>,
    /// The hosts.
    ///
    /// Wire name: `Hosts`.
    #[serde(rename = "Hosts", default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<crate::types::CreateNetTestTaskHosts>>,
    /// The communication library model.
    ///
    /// Wire name: `Model`.
    #[serde(rename = "Model", default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The type of communication library test. Valid values: ACCL and NCCL.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::types::Type>,
}

impl CreateNetTestTaskCommTest {
    /// Sets `GPUNum`: The number of GPUs.
    pub fn with_gpu_num(mut self, value: i64) -> Self {
        self.gpu_num = Some(value);
        self
    }

    /// Sets `Hosts`: The hosts.
    pub fn with_hosts(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::CreateNetTestTaskHosts>>,
    ) -> Self {
        self.hosts = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Model`: The communication library model.
    pub fn with_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `Type`: The type of communication library test. Valid values: ACCL and NCCL.
    pub fn with_type(mut self, value: impl Into<crate::types::Type>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// The number of GPUs (`GPUNum`).
    pub fn gpu_num(&self) -> Option<i64> {
        self.gpu_num
    }

    /// The hosts (`Hosts`).
    pub fn hosts(&self) -> &[crate::types::CreateNetTestTaskHosts] {
        self.hosts.as_deref().unwrap_or_default()
    }

    /// The communication library model (`Model`).
    pub fn model(&self) -> Option<&str> {
        self.model.as_deref()
    }

    /// The type of communication library test. Valid values: ACCL and NCCL (`Type`).
    pub fn r#type(&self) -> Option<&crate::types::Type> {
        self.r#type.as_ref()
    }
}

impl CreateNetTestTaskCommTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateNetTestTaskCommTest",
    description: sdk_shape::Text::en(
        "Specify this parameter if NetTestType is set to CommTest.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "GPUNum",
            flag: "gpu-num",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of GPUs."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hosts",
            flag: "hosts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_hosts::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The hosts."),
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
                "The type of communication library test. Valid values: ACCL and NCCL.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
