// @generated from spec/cs/2015-12-15/types/EdgeImprovedNodepoolQuota.json by `cargo xtask codegen`; do not edit.
//! The `EdgeImprovedNodepoolQuota` data type.

/// EdgeImprovedNodepoolQuota
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EdgeImprovedNodepoolQuota {
    /// Wire name: `bandwidth`.
    #[serde(rename = "bandwidth", default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
}

impl EdgeImprovedNodepoolQuota {
    /// (`bandwidth`).
    pub fn bandwidth(&self) -> Option<i64> {
        self.bandwidth
    }

    /// (`count`).
    pub fn count(&self) -> Option<i64> {
        self.count
    }

    /// (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }
}

impl EdgeImprovedNodepoolQuota {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "EdgeImprovedNodepoolQuota",
    description: sdk_shape::Text::en("EdgeImprovedNodepoolQuota"),
    members: &[
        sdk_shape::MemberShape {
            name: "bandwidth",
            flag: "bandwidth",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
