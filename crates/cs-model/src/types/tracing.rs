// @generated from spec/cs/2015-12-15/types/Tracing.json by `cargo xtask codegen`; do not edit.
//! The `Tracing` data type.

/// The versioned configuration for the OpenTelemetry tracing client.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tracing {
    /// The endpoint of the collector.
    ///
    /// Wire name: `endpoint`.
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The number of samples to collect per million spans.
    ///
    /// Wire name: `samplingRatePerMillion`.
    #[serde(
        rename = "samplingRatePerMillion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sampling_rate_per_million: Option<i64>,
}

impl Tracing {
    /// Sets `endpoint`: The endpoint of the collector.
    pub fn with_endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }

    /// Sets `samplingRatePerMillion`: The number of samples to collect per million spans.
    pub fn with_sampling_rate_per_million(mut self, value: i64) -> Self {
        self.sampling_rate_per_million = Some(value);
        self
    }

    /// The endpoint of the collector (`endpoint`).
    pub fn endpoint(&self) -> Option<&str> {
        self.endpoint.as_deref()
    }

    /// The number of samples to collect per million spans (`samplingRatePerMillion`).
    pub fn sampling_rate_per_million(&self) -> Option<i64> {
        self.sampling_rate_per_million
    }
}

impl Tracing {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Tracing",
    description: sdk_shape::Text::en(
        "The versioned configuration for the OpenTelemetry tracing client.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "endpoint",
            flag: "endpoint",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The endpoint of the collector."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "samplingRatePerMillion",
            flag: "sampling-rate-per-million",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of samples to collect per million spans.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
