// @generated from spec/cs/2015-12-15/types/Hugepage.json by `cargo xtask codegen`; do not edit.
//! The `Hugepage` data type.

/// The Transparent HugePages configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Hugepage {
    /// Wire name: `khugepagedAllocSleepMillisecs`.
    #[serde(
        rename = "khugepagedAllocSleepMillisecs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub khugepaged_alloc_sleep_millisecs: Option<i64>,
    /// Wire name: `khugepagedDefrag`.
    #[serde(
        rename = "khugepagedDefrag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub khugepaged_defrag: Option<i64>,
    /// Wire name: `khugepagedPagesToScan`.
    #[serde(
        rename = "khugepagedPagesToScan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub khugepaged_pages_to_scan: Option<i64>,
    /// Wire name: `khugepagedScanSleepMillisecs`.
    #[serde(
        rename = "khugepagedScanSleepMillisecs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub khugepaged_scan_sleep_millisecs: Option<i64>,
    /// Wire name: `transparentDefrag`.
    #[serde(
        rename = "transparentDefrag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transparent_defrag: Option<String>,
    /// Wire name: `transparentEnabled`.
    #[serde(
        rename = "transparentEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transparent_enabled: Option<String>,
}

impl Hugepage {
    /// Sets `khugepagedAllocSleepMillisecs`: .
    pub fn with_khugepaged_alloc_sleep_millisecs(mut self, value: i64) -> Self {
        self.khugepaged_alloc_sleep_millisecs = Some(value);
        self
    }

    /// Sets `khugepagedDefrag`: .
    pub fn with_khugepaged_defrag(mut self, value: i64) -> Self {
        self.khugepaged_defrag = Some(value);
        self
    }

    /// Sets `khugepagedPagesToScan`: .
    pub fn with_khugepaged_pages_to_scan(mut self, value: i64) -> Self {
        self.khugepaged_pages_to_scan = Some(value);
        self
    }

    /// Sets `khugepagedScanSleepMillisecs`: .
    pub fn with_khugepaged_scan_sleep_millisecs(mut self, value: i64) -> Self {
        self.khugepaged_scan_sleep_millisecs = Some(value);
        self
    }

    /// Sets `transparentDefrag`: .
    pub fn with_transparent_defrag(mut self, value: impl Into<String>) -> Self {
        self.transparent_defrag = Some(value.into());
        self
    }

    /// Sets `transparentEnabled`: .
    pub fn with_transparent_enabled(mut self, value: impl Into<String>) -> Self {
        self.transparent_enabled = Some(value.into());
        self
    }

    /// (`khugepagedAllocSleepMillisecs`).
    pub fn khugepaged_alloc_sleep_millisecs(&self) -> Option<i64> {
        self.khugepaged_alloc_sleep_millisecs
    }

    /// (`khugepagedDefrag`).
    pub fn khugepaged_defrag(&self) -> Option<i64> {
        self.khugepaged_defrag
    }

    /// (`khugepagedPagesToScan`).
    pub fn khugepaged_pages_to_scan(&self) -> Option<i64> {
        self.khugepaged_pages_to_scan
    }

    /// (`khugepagedScanSleepMillisecs`).
    pub fn khugepaged_scan_sleep_millisecs(&self) -> Option<i64> {
        self.khugepaged_scan_sleep_millisecs
    }

    /// (`transparentDefrag`).
    pub fn transparent_defrag(&self) -> Option<&str> {
        self.transparent_defrag.as_deref()
    }

    /// (`transparentEnabled`).
    pub fn transparent_enabled(&self) -> Option<&str> {
        self.transparent_enabled.as_deref()
    }
}

impl Hugepage {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Hugepage",
    description: sdk_shape::Text::en("The Transparent HugePages configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "khugepagedAllocSleepMillisecs",
            flag: "khugepaged-alloc-sleep-millisecs",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "khugepagedDefrag",
            flag: "khugepaged-defrag",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "khugepagedPagesToScan",
            flag: "khugepaged-pages-to-scan",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "khugepagedScanSleepMillisecs",
            flag: "khugepaged-scan-sleep-millisecs",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "transparentDefrag",
            flag: "transparent-defrag",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "transparentEnabled",
            flag: "transparent-enabled",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
