// @generated from spec/cs/2015-12-15/types/InstanceMetadataOptions.json by `cargo xtask codegen`; do not edit.
//! The `InstanceMetadataOptions` data type.

/// The instance metadata access configuration for ECS instances.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceMetadataOptions {
    /// The ECS instance metadata access mode configuration. Valid values:
    ///
    /// - `optional`: Compatible with both normal mode and hardened mode.
    /// - `required`: Enables hardened mode only (IMDSv2). After this mode is enabled, applications in the node cannot access ECS instance metadata in normal mode.
    ///
    /// Default value: `optional`.
    ///
    /// > Notice:
    ///
    /// - This parameter is currently available only by whitelist. To use this parameter, submit a ticket.
    /// - Only ACK managed clusters of version 1.28 and later support this parameter.
    ///
    /// > For more information about instance metadata access modes, see [Instance metadata access modes](https://help.aliyun.com/document_detail/108460.html).
    ///
    /// Default: `"optional"`.
    ///
    /// Wire name: `http_tokens`.
    #[serde(rename = "http_tokens", default, skip_serializing_if = "Option::is_none")]
    pub http_tokens: Option<String>,
}

impl InstanceMetadataOptions {
    /// Sets `http_tokens`: The ECS instance metadata access mode configuration. Valid values:.
    pub fn with_http_tokens(mut self, value: impl Into<String>) -> Self {
        self.http_tokens = Some(value.into());
        self
    }

    /// The ECS instance metadata access mode configuration. Valid values: (`http_tokens`).
    pub fn http_tokens(&self) -> Option<&str> {
        self.http_tokens.as_deref()
    }
}

impl InstanceMetadataOptions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InstanceMetadataOptions",
    description: sdk_shape::Text::en(
        "The instance metadata access configuration for ECS instances.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "http_tokens",
            flag: "http-tokens",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ECS instance metadata access mode configuration. Valid values:\n\n- `optional`: Compatible with both normal mode and hardened mode.\n- `required`: Enables hardened mode only (IMDSv2). After this mode is enabled, applications in the node cannot access ECS instance metadata in normal mode.\n\nDefault value: `optional`.\n\n> Notice:\n\n- This parameter is currently available only by whitelist. To use this parameter, submit a ticket.\n- Only ACK managed clusters of version 1.28 and later support this parameter.\n\n> For more information about instance metadata access modes, see [Instance metadata access modes](https://help.aliyun.com/document_detail/108460.html).",
            ),
            default: Some("\"optional\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
