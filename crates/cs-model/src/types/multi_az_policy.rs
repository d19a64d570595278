// @generated from spec/cs/2015-12-15/types/MultiAzPolicy.json by `cargo xtask codegen`; do not edit.
//! The `MultiAzPolicy` enum.

/// The scaling policy for ECS instances in a multi-zone scaling group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiAzPolicy {
    /// Scales instances based on the vSwitches (VSwitchIds.N) that you specify. If ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances (`PRIORITY`)
    Priority,
    /// Attempts to create instances based on the vCPU unit price from low to high. When the scaling configuration specifies multiple instance types with the spot billing method, the system preferentially creates the corresponding spot instances. You can use the CompensateWithOnDemand parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons (`COST_OPTIMIZED`)
    CostOptimized,
    /// Evenly allocates ECS instances across the multiple zones specified in the scaling group. If the instances are unevenly distributed across zones due to inventory shortages, you can call the RebalanceInstances API operation to balance the resources (`BALANCE`)
    Balance,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl MultiAzPolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Priority => "PRIORITY",
            Self::CostOptimized => "COST_OPTIMIZED",
            Self::Balance => "BALANCE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for MultiAzPolicy {
    fn from(value: &str) -> Self {
        match value {
            "PRIORITY" => Self::Priority,
            "COST_OPTIMIZED" => Self::CostOptimized,
            "BALANCE" => Self::Balance,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for MultiAzPolicy {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for MultiAzPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MultiAzPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for MultiAzPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl MultiAzPolicy {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "MultiAzPolicy",
    description: sdk_shape::Text::en(
        "The scaling policy for ECS instances in a multi-zone scaling group.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PRIORITY",
            description: sdk_shape::Text::en(
                "Scales instances based on the vSwitches (VSwitchIds.N) that you specify. If ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances",
            ),
        },
        sdk_shape::EnumValue {
            value: "COST_OPTIMIZED",
            description: sdk_shape::Text::en(
                "Attempts to create instances based on the vCPU unit price from low to high. When the scaling configuration specifies multiple instance types with the spot billing method, the system preferentially creates the corresponding spot instances. You can use the CompensateWithOnDemand parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons",
            ),
        },
        sdk_shape::EnumValue {
            value: "BALANCE",
            description: sdk_shape::Text::en(
                "Evenly allocates ECS instances across the multiple zones specified in the scaling group. If the instances are unevenly distributed across zones due to inventory shortages, you can call the RebalanceInstances API operation to balance the resources",
            ),
        },
    ],
};
