// @generated from spec/cs/2015-12-15/types/InterconnectConfig.json by `cargo xtask codegen`; do not edit.
//! The `InterconnectConfig` data type.

/// **\[Deprecated\]** The configuration of the edge node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InterconnectConfig {
    /// **\[Deprecated\]** The network bandwidth of the enhanced edge node pool. Unit: Mbit/s.
    ///
    /// Wire name: `bandwidth`.
    #[serde(rename = "bandwidth", default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// **\[Deprecated\]**
    ///
    /// The Cloud Connect Network (CCN) instance ID attached to the enhanced edge node pool.
    ///
    /// Wire name: `ccn_id`.
    #[serde(rename = "ccn_id", default, skip_serializing_if = "Option::is_none")]
    pub ccn_id: Option<String>,
    /// **\[Deprecated\]** The region of the CCN instance bound to the enhanced edge node pool.
    ///
    /// Wire name: `ccn_region_id`.
    #[serde(rename = "ccn_region_id", default, skip_serializing_if = "Option::is_none")]
    pub ccn_region_id: Option<String>,
    /// **\[Deprecated\]**
    ///
    /// The Cloud Enterprise Network (CEN) instance ID attached to the enhanced edge node pool.
    ///
    /// Wire name: `cen_id`.
    #[serde(rename = "cen_id", default, skip_serializing_if = "Option::is_none")]
    pub cen_id: Option<String>,
    /// **\[Deprecated\]** The subscription duration of the enhanced edge node pool. Unit: months.
    ///
    /// Wire name: `improved_period`.
    #[serde(
        rename = "improved_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub improved_period: Option<String>,
}

impl InterconnectConfig {
    /// Sets `bandwidth`: **\[Deprecated\]** The network bandwidth of the enhanced edge node pool. Unit: Mbit/s.
    pub fn with_bandwidth(mut self, value: i64) -> Self {
        self.bandwidth = Some(value);
        self
    }

    /// Sets `ccn_id`: **\[Deprecated\]**.
    pub fn with_ccn_id(mut self, value: impl Into<String>) -> Self {
        self.ccn_id = Some(value.into());
        self
    }

    /// Sets `ccn_region_id`: **\[Deprecated\]** The region of the CCN instance bound to the enhanced edge node pool.
    pub fn with_ccn_region_id(mut self, value: impl Into<String>) -> Self {
        self.ccn_region_id = Some(value.into());
        self
    }

    /// Sets `cen_id`: **\[Deprecated\]**.
    pub fn with_cen_id(mut self, value: impl Into<String>) -> Self {
        self.cen_id = Some(value.into());
        self
    }

    /// Sets `improved_period`: **\[Deprecated\]** The subscription duration of the enhanced edge node pool. Unit: months.
    pub fn with_improved_period(mut self, value: impl Into<String>) -> Self {
        self.improved_period = Some(value.into());
        self
    }

    /// **\[Deprecated\]** The network bandwidth of the enhanced edge node pool. Unit: Mbit/s (`bandwidth`).
    pub fn bandwidth(&self) -> Option<i64> {
        self.bandwidth
    }

    /// **\[Deprecated\]** (`ccn_id`).
    pub fn ccn_id(&self) -> Option<&str> {
        self.ccn_id.as_deref()
    }

    /// **\[Deprecated\]** The region of the CCN instance bound to the enhanced edge node pool (`ccn_region_id`).
    pub fn ccn_region_id(&self) -> Option<&str> {
        self.ccn_region_id.as_deref()
    }

    /// **\[Deprecated\]** (`cen_id`).
    pub fn cen_id(&self) -> Option<&str> {
        self.cen_id.as_deref()
    }

    /// **\[Deprecated\]** The subscription duration of the enhanced edge node pool. Unit: months (`improved_period`).
    pub fn improved_period(&self) -> Option<&str> {
        self.improved_period.as_deref()
    }
}

impl InterconnectConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InterconnectConfig",
    description: sdk_shape::Text::en(
        "**\\[Deprecated\\]** The configuration of the edge node pool.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "bandwidth",
            flag: "bandwidth",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The network bandwidth of the enhanced edge node pool. Unit: Mbit/s.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ccn_id",
            flag: "ccn-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe Cloud Connect Network (CCN) instance ID attached to the enhanced edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ccn_region_id",
            flag: "ccn-region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The region of the CCN instance bound to the enhanced edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cen_id",
            flag: "cen-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe Cloud Enterprise Network (CEN) instance ID attached to the enhanced edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "improved_period",
            flag: "improved-period",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The subscription duration of the enhanced edge node pool. Unit: months.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
