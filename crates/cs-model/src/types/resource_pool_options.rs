// @generated from spec/cs/2015-12-15/types/ResourcePoolOptions.json by `cargo xtask codegen`; do not edit.
//! The `ResourcePoolOptions` data type.

/// The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter:
/// This parameter takes effect only when you create pay-as-you-go instances.
/// This parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcePoolOptions {
    /// The list of private pool IDs, which are the IDs of elasticity assurances or capacity reservations. You can only specify the IDs of private pools in Target mode. Valid values of N: 1 to 20.
    ///
    /// Wire name: `private_pool_ids`.
    #[serde(
        rename = "private_pool_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_pool_ids: Option<Vec<String>>,
    /// The resource pool strategy used to create instances. Resource pools include private pools generated after elasticity assurances or capacity reservations take effect, as well as public pools. Valid values:
    /// PrivatePoolFirst: Private pool first. If you select this strategy and specify resouce_pool_options.private_pool_ids, the specified private pools are used first. If no private pool is specified or the specified private pools do not have sufficient capacity, open private pools are automatically matched. If no eligible private pool is available, the public pool is used to create instances.
    /// PrivatePoolOnly: Private pool only. If you select this strategy, you must specify resouce_pool_options.private_pool_ids. If the specified private pools do not have sufficient capacity, the instances fail to start.
    /// None: No resource pool strategy is used.
    /// Default value: None.
    ///
    /// Wire name: `strategy`.
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
}

impl ResourcePoolOptions {
    /// Sets `private_pool_ids`: The list of private pool IDs, which are the IDs of elasticity assurances or capacity reservations. You can only specify the IDs of private pools in Target mode. Valid values of N: 1 to 20.
    pub fn with_private_pool_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.private_pool_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `strategy`: The resource pool strategy used to create instances. Resource pools include private pools generated after elasticity assurances or capacity reservations take effect, as well as public pools. Valid values: PrivatePoolFirst: Private pool first. If you select this strategy and specify resouce_pool_options.private_pool_ids, the specified private pools are used first. If no private pool is specified or the specified private pools do not have sufficient capacity, open private pools are automatically matched. If no eligible private pool is available, the public pool is used to create instances. PrivatePoolOnly: Private pool only. If you select this strategy, you must specify resouce_pool_options.private_pool_ids. If the specified private pools do not have sufficient capacity, the instances fail to start. None: No resource pool strategy is used. Default value: None.
    pub fn with_strategy(mut self, value: impl Into<String>) -> Self {
        self.strategy = Some(value.into());
        self
    }

    /// The list of private pool IDs, which are the IDs of elasticity assurances or capacity reservations. You can only specify the IDs of private pools in Target mode. Valid values of N: 1 to 20 (`private_pool_ids`).
    pub fn private_pool_ids(&self) -> &[String] {
        self.private_pool_ids.as_deref().unwrap_or_default()
    }

    /// The resource pool strategy used to create instances. Resource pools include private pools generated after elasticity assurances or capacity reservations take effect, as well as public pools. Valid values: PrivatePoolFirst: Private pool first. If you select this strategy and specify resouce_pool_options.private_pool_ids, the specified private pools are used first. If no private pool is specified or the specified private pools do not have sufficient capacity, open private pools are automatically matched. If no eligible private pool is available, the public pool is used to create instances. PrivatePoolOnly: Private pool only. If you select this strategy, you must specify resouce_pool_options.private_pool_ids. If the specified private pools do not have sufficient capacity, the instances fail to start. None: No resource pool strategy is used. Default value: None (`strategy`).
    pub fn strategy(&self) -> Option<&str> {
        self.strategy.as_deref()
    }
}

impl ResourcePoolOptions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ResourcePoolOptions",
    description: sdk_shape::Text::en(
        "The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter:\nThis parameter takes effect only when you create pay-as-you-go instances.\nThis parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "private_pool_ids",
            flag: "private-pool-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of private pool IDs, which are the IDs of elasticity assurances or capacity reservations. You can only specify the IDs of private pools in Target mode. Valid values of N: 1 to 20.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "strategy",
            flag: "strategy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource pool strategy used to create instances. Resource pools include private pools generated after elasticity assurances or capacity reservations take effect, as well as public pools. Valid values:\nPrivatePoolFirst: Private pool first. If you select this strategy and specify resouce_pool_options.private_pool_ids, the specified private pools are used first. If no private pool is specified or the specified private pools do not have sufficient capacity, open private pools are automatically matched. If no eligible private pool is available, the public pool is used to create instances.\nPrivatePoolOnly: Private pool only. If you select this strategy, you must specify resouce_pool_options.private_pool_ids. If the specified private pools do not have sufficient capacity, the instances fail to start.\nNone: No resource pool strategy is used.\nDefault value: None.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
