// @generated from spec/cs/2015-12-15/types/PageInfo.json by `cargo xtask codegen`; do not edit.
//! The `PageInfo` data type.

/// The pagination information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PageInfo {
    /// The page number.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The maximum number of results to display on each page.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The total number of results.
    ///
    /// Wire name: `total_count`.
    #[serde(rename = "total_count", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}

impl PageInfo {
    /// The page number (`page_number`).
    pub fn page_number(&self) -> Option<i64> {
        self.page_number
    }

    /// The maximum number of results to display on each page (`page_size`).
    pub fn page_size(&self) -> Option<i64> {
        self.page_size
    }

    /// The total number of results (`total_count`).
    pub fn total_count(&self) -> Option<i64> {
        self.total_count
    }
}

impl PageInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "PageInfo",
    description: sdk_shape::Text::en("The pagination information."),
    members: &[
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The page number."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to display on each page.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "total_count",
            flag: "total-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The total number of results."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
