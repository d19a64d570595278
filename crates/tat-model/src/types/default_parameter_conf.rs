// @generated from spec/tat/2020-10-28/types/DefaultParameterConf.json by `cargo xtask codegen`; do not edit.
//! The `DefaultParameterConf` data type.

/// Custom parameter.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DefaultParameterConf {
    /// Parameter name.
    ///
    /// Required.
    ///
    /// Wire name: `ParameterName`.
    #[serde(rename = "ParameterName", default, skip_serializing_if = "Option::is_none")]
    pub parameter_name: Option<String>,
    /// Default parameter value.
    ///
    /// Required.
    ///
    /// Wire name: `ParameterValue`.
    #[serde(rename = "ParameterValue", default, skip_serializing_if = "Option::is_none")]
    pub parameter_value: Option<String>,
    /// Parameter description.
    ///
    /// Wire name: `ParameterDescription`.
    #[serde(
        rename = "ParameterDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parameter_description: Option<String>,
}

impl DefaultParameterConf {
    /// A `DefaultParameterConf` with its required members `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl Into<String>,
        parameter_value: impl Into<String>,
    ) -> Self {
        Self {
            parameter_name: Some(parameter_name.into()),
            parameter_value: Some(parameter_value.into()),
            parameter_description: None,
        }
    }

    /// Sets `ParameterDescription`: Parameter description.
    pub fn with_parameter_description(mut self, value: impl Into<String>) -> Self {
        self.parameter_description = Some(value.into());
        self
    }

    /// Parameter name (`ParameterName`).
    pub fn parameter_name(&self) -> Option<&str> {
        self.parameter_name.as_deref()
    }

    /// Default parameter value (`ParameterValue`).
    pub fn parameter_value(&self) -> Option<&str> {
        self.parameter_value.as_deref()
    }

    /// Parameter description (`ParameterDescription`).
    pub fn parameter_description(&self) -> Option<&str> {
        self.parameter_description.as_deref()
    }
}

impl DefaultParameterConf {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DefaultParameterConf",
    description: sdk_shape::Text::both("Custom parameter.", "自定义参数。"),
    members: &[
        sdk_shape::MemberShape {
            name: "ParameterName",
            flag: "parameter-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Parameter name.", "参数名。"),
            required: true,
            example: Some("\"name\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ParameterValue",
            flag: "parameter-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Default parameter value.",
                "参数默认值。",
            ),
            required: true,
            example: Some("\"value\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ParameterDescription",
            flag: "parameter-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Parameter description.",
                "参数描述。",
            ),
            example: Some("\"This is a parameter.\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
