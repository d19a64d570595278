// @generated from spec/cs/2015-12-15/types/SpotPriceLimit.json by `cargo xtask codegen`; do not edit.
//! The `SpotPriceLimit` data type.

/// The market price range configuration for a single spot instance type.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpotPriceLimit {
    /// The spot instance type.
    ///
    /// Wire name: `instance_type`.
    #[serde(rename = "instance_type", default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// The maximum price per instance. \<props="china">Unit: CNY/hour.  \<props="intl">Unit: USD/hour.
    ///
    /// Wire name: `price_limit`.
    #[serde(rename = "price_limit", default, skip_serializing_if = "Option::is_none")]
    pub price_limit: Option<String>,
}

impl SpotPriceLimit {
    /// Sets `instance_type`: The spot instance type.
    pub fn with_instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `price_limit`: The maximum price per instance. \<props="china">Unit: CNY/hour.  \<props="intl">Unit: USD/hour.
    pub fn with_price_limit(mut self, value: impl Into<String>) -> Self {
        self.price_limit = Some(value.into());
        self
    }

    /// The spot instance type (`instance_type`).
    pub fn instance_type(&self) -> Option<&str> {
        self.instance_type.as_deref()
    }

    /// The maximum price per instance. \<props="china">Unit: CNY/hour.  \<props="intl">Unit: USD/hour (`price_limit`).
    pub fn price_limit(&self) -> Option<&str> {
        self.price_limit.as_deref()
    }
}

impl SpotPriceLimit {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "SpotPriceLimit",
    description: sdk_shape::Text::en(
        "The market price range configuration for a single spot instance type.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "instance_type",
            flag: "instance-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The spot instance type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "price_limit",
            flag: "price-limit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum price per instance. \\<props=\"china\">Unit: CNY/hour.  \\<props=\"intl\">Unit: USD/hour.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
