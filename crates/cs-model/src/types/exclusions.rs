// @generated from spec/cs/2015-12-15/types/Exclusions.json by `cargo xtask codegen`; do not edit.
//! The `Exclusions` data type.

/// The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Exclusions {
    /// The description of the exclusion. The description can be up to 128 characters in length and does not support 4-byte characters such as emojis.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The end time of the exclusion. The time must be in the RFC 3339 standard format, later than the start_time, and later than the current time. Maximum duration for a single exclusion: 30 days for NoOperations, NoUpgrades, and NoCVEPatch, and 180 days for NoMinorUpgrades.
    ///
    /// Wire name: `end_time`.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The name of the exclusion. The name must be 1 to 63 characters in length and can contain digits, underscores (\_), and hyphens (-). It must start with an uppercase or lowercase letter, a Chinese character, or a digit. The name must be unique within the same maintenance window. If you do not specify this parameter, a default name in the format of exclusion-{random string} is generated.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The scope of the exclusion, which specifies the proactive O&M types that are prohibited during this time period. Valid values (case-sensitive):
    ///
    /// - NoOperations: Prohibits all proactive O&M operations, including cluster upgrades, component upgrades, CVE patching, and OS image updates.
    /// - NoUpgrades: Prohibits cluster upgrades and component upgrades, but still allows CVE patching and responses to scheduled ECS events.
    /// - NoMinorUpgrades: Prohibits only minor version upgrades for clusters, but still allows patch upgrades, component upgrades, and CVE patching.
    /// - NoCVEPatch: Prohibits automatic CVE patching.
    ///
    /// Wire name: `scope`.
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The start time of the exclusion. The time must be in the RFC 3339 standard format and use the same time zone offset as the end_time and maintenance_time.
    ///
    /// Wire name: `start_time`.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
}

impl Exclusions {
    /// Sets `description`: The description of the exclusion. The description can be up to 128 characters in length and does not support 4-byte characters such as emojis.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `end_time`: The end time of the exclusion. The time must be in the RFC 3339 standard format, later than the start_time, and later than the current time. Maximum duration for a single exclusion: 30 days for NoOperations, NoUpgrades, and NoCVEPatch, and 180 days for NoMinorUpgrades.
    pub fn with_end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `name`: The name of the exclusion. The name must be 1 to 63 characters in length and can contain digits, underscores (\_), and hyphens (-). It must start with an uppercase or lowercase letter, a Chinese character, or a digit. The name must be unique within the same maintenance window. If you do not specify this parameter, a default name in the format of exclusion-{random string} is generated.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `scope`: The scope of the exclusion, which specifies the proactive O&M types that are prohibited during this time period. Valid values (case-sensitive):.
    pub fn with_scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }

    /// Sets `start_time`: The start time of the exclusion. The time must be in the RFC 3339 standard format and use the same time zone offset as the end_time and maintenance_time.
    pub fn with_start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// The description of the exclusion. The description can be up to 128 characters in length and does not support 4-byte characters such as emojis (`description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The end time of the exclusion. The time must be in the RFC 3339 standard format, later than the start_time, and later than the current time. Maximum duration for a single exclusion: 30 days for NoOperations, NoUpgrades, and NoCVEPatch, and 180 days for NoMinorUpgrades (`end_time`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The name of the exclusion. The name must be 1 to 63 characters in length and can contain digits, underscores (\_), and hyphens (-). It must start with an uppercase or lowercase letter, a Chinese character, or a digit. The name must be unique within the same maintenance window. If you do not specify this parameter, a default name in the format of exclusion-{random string} is generated (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The scope of the exclusion, which specifies the proactive O&M types that are prohibited during this time period. Valid values (case-sensitive): (`scope`).
    pub fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }

    /// The start time of the exclusion. The time must be in the RFC 3339 standard format and use the same time zone offset as the end_time and maintenance_time (`start_time`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }
}

impl Exclusions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Exclusions",
    description: sdk_shape::Text::en(
        "The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The description of the exclusion. The description can be up to 128 characters in length and does not support 4-byte characters such as emojis.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "end_time",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time of the exclusion. The time must be in the RFC 3339 standard format, later than the start_time, and later than the current time. Maximum duration for a single exclusion: 30 days for NoOperations, NoUpgrades, and NoCVEPatch, and 180 days for NoMinorUpgrades.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the exclusion. The name must be 1 to 63 characters in length and can contain digits, underscores (\\_), and hyphens (-). It must start with an uppercase or lowercase letter, a Chinese character, or a digit. The name must be unique within the same maintenance window. If you do not specify this parameter, a default name in the format of exclusion-{random string} is generated.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scope",
            flag: "scope",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scope of the exclusion, which specifies the proactive O&M types that are prohibited during this time period. Valid values (case-sensitive):\n\n- NoOperations: Prohibits all proactive O&M operations, including cluster upgrades, component upgrades, CVE patching, and OS image updates.\n- NoUpgrades: Prohibits cluster upgrades and component upgrades, but still allows CVE patching and responses to scheduled ECS events.\n- NoMinorUpgrades: Prohibits only minor version upgrades for clusters, but still allows patch upgrades, component upgrades, and CVE patching.\n- NoCVEPatch: Prohibits automatic CVE patching.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "start_time",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the exclusion. The time must be in the RFC 3339 standard format and use the same time zone offset as the end_time and maintenance_time.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
