// @generated from spec/cs/2015-12-15/types/InstancePatterns.json by `cargo xtask codegen`; do not edit.
//! The `InstancePatterns` data type.

/// The instance property configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstancePatterns {
    /// \[This parameter is deprecated and replaced by cpu_architectures\] The architectures of instance types.
    ///
    /// Wire name: `architectures`.
    #[serde(rename = "architectures", default, skip_serializing_if = "Option::is_none")]
    pub architectures: Option<Vec<String>>,
    /// \[This parameter is deprecated\] Specifies whether to include burstable instance types.
    ///
    /// Wire name: `burst_performance_option`.
    #[serde(
        rename = "burst_performance_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub burst_performance_option: Option<String>,
    /// \[This parameter is deprecated and replaced by cores\] The number of vCores provided by the instance type.
    ///
    /// Wire name: `core`.
    #[serde(rename = "core", default, skip_serializing_if = "Option::is_none")]
    pub core: Option<i64>,
    /// The number of vCPU cores for the instance type.
    ///
    /// Wire name: `cores`.
    #[serde(rename = "cores", default, skip_serializing_if = "Option::is_none")]
    pub cores: Option<i64>,
    /// The CPU architecture of the instance type.
    ///
    /// Wire name: `cpu_architectures`.
    #[serde(
        rename = "cpu_architectures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architectures: Option<Vec<String>>,
    /// The instance type that you want to exclude.
    ///
    /// Wire name: `excluded_instance_types`.
    #[serde(
        rename = "excluded_instance_types",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_instance_types: Option<Vec<String>>,
    /// The type of the instance.
    ///
    /// Wire name: `instance_categories`.
    #[serde(
        rename = "instance_categories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_categories: Option<Vec<String>>,
    /// The instance family level.
    ///
    /// Wire name: `instance_family_level`.
    #[serde(
        rename = "instance_family_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_family_level: Option<String>,
    /// The specified instance family.
    ///
    /// Wire name: `instance_type_families`.
    #[serde(
        rename = "instance_type_families",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_type_families: Option<Vec<String>>,
    /// The maximum vCPU cores allowed for the instance type.
    ///
    /// Wire name: `max_cpu_cores`.
    #[serde(rename = "max_cpu_cores", default, skip_serializing_if = "Option::is_none")]
    pub max_cpu_cores: Option<i64>,
    /// The maximum allowed memory size. Unit: GiB.
    ///
    /// Wire name: `max_memory_size`.
    #[serde(
        rename = "max_memory_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_memory_size: Option<f64>,
    /// \[This parameter is deprecated\] The maximum hourly price of the instance.
    ///
    /// Wire name: `max_price`.
    #[serde(rename = "max_price", default, skip_serializing_if = "Option::is_none")]
    pub max_price: Option<f64>,
    /// The maximum allowed number of GPUs per instance.
    ///
    /// Wire name: `maximum_gpu_amount`.
    #[serde(
        rename = "maximum_gpu_amount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_gpu_amount: Option<i64>,
    /// The memory size of the instance type. Unit: GiB.
    ///
    /// Wire name: `memory`.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<f64>,
    /// The minimum vCPU cores required for the instance type.
    ///
    /// Wire name: `min_cpu_cores`.
    #[serde(rename = "min_cpu_cores", default, skip_serializing_if = "Option::is_none")]
    pub min_cpu_cores: Option<i64>,
    /// The minimum required memory size. Unit: GiB.
    ///
    /// Wire name: `min_memory_size`.
    #[serde(
        rename = "min_memory_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_memory_size: Option<f64>,
    /// The minimum required number of IPv6 addresses per ENI.
    ///
    /// Wire name: `minimum_eni_ipv6_address_quantity`.
    #[serde(
        rename = "minimum_eni_ipv6_address_quantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_eni_ipv6_address_quantity: Option<i64>,
    /// The minimum required number of IPv4 addresses per ENI.
    ///
    /// Wire name: `minimum_eni_private_ip_address_quantity`.
    #[serde(
        rename = "minimum_eni_private_ip_address_quantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_eni_private_ip_address_quantity: Option<i64>,
    /// The minimum required number of elastic network interfaces (ENIs) per instance.
    ///
    /// Wire name: `minimum_eni_quantity`.
    #[serde(
        rename = "minimum_eni_quantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_eni_quantity: Option<i64>,
}

impl InstancePatterns {
    /// Sets `architectures`: \[This parameter is deprecated and replaced by cpu_architectures\] The architectures of instance types.
    pub fn with_architectures(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.architectures = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `burst_performance_option`: \[This parameter is deprecated\] Specifies whether to include burstable instance types.
    pub fn with_burst_performance_option(mut self, value: impl Into<String>) -> Self {
        self.burst_performance_option = Some(value.into());
        self
    }

    /// Sets `core`: \[This parameter is deprecated and replaced by cores\] The number of vCores provided by the instance type.
    pub fn with_core(mut self, value: i64) -> Self {
        self.core = Some(value);
        self
    }

    /// Sets `cores`: The number of vCPU cores for the instance type.
    pub fn with_cores(mut self, value: i64) -> Self {
        self.cores = Some(value);
        self
    }

    /// Sets `cpu_architectures`: The CPU architecture of the instance type.
    pub fn with_cpu_architectures(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cpu_architectures = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `excluded_instance_types`: The instance type that you want to exclude.
    pub fn with_excluded_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.excluded_instance_types = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `instance_categories`: The type of the instance.
    pub fn with_instance_categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `instance_family_level`: The instance family level.
    pub fn with_instance_family_level(mut self, value: impl Into<String>) -> Self {
        self.instance_family_level = Some(value.into());
        self
    }

    /// Sets `instance_type_families`: The specified instance family.
    pub fn with_instance_type_families(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_type_families = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `max_cpu_cores`: The maximum vCPU cores allowed for the instance type.
    pub fn with_max_cpu_cores(mut self, value: i64) -> Self {
        self.max_cpu_cores = Some(value);
        self
    }

    /// Sets `max_memory_size`: The maximum allowed memory size. Unit: GiB.
    pub fn with_max_memory_size(mut self, value: f64) -> Self {
        self.max_memory_size = Some(value);
        self
    }

    /// Sets `max_price`: \[This parameter is deprecated\] The maximum hourly price of the instance.
    pub fn with_max_price(mut self, value: f64) -> Self {
        self.max_price = Some(value);
        self
    }

    /// Sets `maximum_gpu_amount`: The maximum allowed number of GPUs per instance.
    pub fn with_maximum_gpu_amount(mut self, value: i64) -> Self {
        self.maximum_gpu_amount = Some(value);
        self
    }

    /// Sets `memory`: The memory size of the instance type. Unit: GiB.
    pub fn with_memory(mut self, value: f64) -> Self {
        self.memory = Some(value);
        self
    }

    /// Sets `min_cpu_cores`: The minimum vCPU cores required for the instance type.
    pub fn with_min_cpu_cores(mut self, value: i64) -> Self {
        self.min_cpu_cores = Some(value);
        self
    }

    /// Sets `min_memory_size`: The minimum required memory size. Unit: GiB.
    pub fn with_min_memory_size(mut self, value: f64) -> Self {
        self.min_memory_size = Some(value);
        self
    }

    /// Sets `minimum_eni_ipv6_address_quantity`: The minimum required number of IPv6 addresses per ENI.
    pub fn with_minimum_eni_ipv6_address_quantity(mut self, value: i64) -> Self {
        self.minimum_eni_ipv6_address_quantity = Some(value);
        self
    }

    /// Sets `minimum_eni_private_ip_address_quantity`: The minimum required number of IPv4 addresses per ENI.
    pub fn with_minimum_eni_private_ip_address_quantity(mut self, value: i64) -> Self {
        self.minimum_eni_private_ip_address_quantity = Some(value);
        self
    }

    /// Sets `minimum_eni_quantity`: The minimum required number of elastic network interfaces (ENIs) per instance.
    pub fn with_minimum_eni_quantity(mut self, value: i64) -> Self {
        self.minimum_eni_quantity = Some(value);
        self
    }

    /// \[This parameter is deprecated and replaced by cpu_architectures\] The architectures of instance types (`architectures`).
    pub fn architectures(&self) -> &[String] {
        self.architectures.as_deref().unwrap_or_default()
    }

    /// \[This parameter is deprecated\] Specifies whether to include burstable instance types (`burst_performance_option`).
    pub fn burst_performance_option(&self) -> Option<&str> {
        self.burst_performance_option.as_deref()
    }

    /// \[This parameter is deprecated and replaced by cores\] The number of vCores provided by the instance type (`core`).
    pub fn core(&self) -> Option<i64> {
        self.core
    }

    /// The number of vCPU cores for the instance type (`cores`).
    pub fn cores(&self) -> Option<i64> {
        self.cores
    }

    /// The CPU architecture of the instance type (`cpu_architectures`).
    pub fn cpu_architectures(&self) -> &[String] {
        self.cpu_architectures.as_deref().unwrap_or_default()
    }

    /// The instance type that you want to exclude (`excluded_instance_types`).
    pub fn excluded_instance_types(&self) -> &[String] {
        self.excluded_instance_types.as_deref().unwrap_or_default()
    }

    /// The type of the instance (`instance_categories`).
    pub fn instance_categories(&self) -> &[String] {
        self.instance_categories.as_deref().unwrap_or_default()
    }

    /// The instance family level (`instance_family_level`).
    pub fn instance_family_level(&self) -> Option<&str> {
        self.instance_family_level.as_deref()
    }

    /// The specified instance family (`instance_type_families`).
    pub fn instance_type_families(&self) -> &[String] {
        self.instance_type_families.as_deref().unwrap_or_default()
    }

    /// The maximum vCPU cores allowed for the instance type (`max_cpu_cores`).
    pub fn max_cpu_cores(&self) -> Option<i64> {
        self.max_cpu_cores
    }

    /// The maximum allowed memory size. Unit: GiB (`max_memory_size`).
    pub fn max_memory_size(&self) -> Option<f64> {
        self.max_memory_size
    }

    /// \[This parameter is deprecated\] The maximum hourly price of the instance (`max_price`).
    pub fn max_price(&self) -> Option<f64> {
        self.max_price
    }

    /// The maximum allowed number of GPUs per instance (`maximum_gpu_amount`).
    pub fn maximum_gpu_amount(&self) -> Option<i64> {
        self.maximum_gpu_amount
    }

    /// The memory size of the instance type. Unit: GiB (`memory`).
    pub fn memory(&self) -> Option<f64> {
        self.memory
    }

    /// The minimum vCPU cores required for the instance type (`min_cpu_cores`).
    pub fn min_cpu_cores(&self) -> Option<i64> {
        self.min_cpu_cores
    }

    /// The minimum required memory size. Unit: GiB (`min_memory_size`).
    pub fn min_memory_size(&self) -> Option<f64> {
        self.min_memory_size
    }

    /// The minimum required number of IPv6 addresses per ENI (`minimum_eni_ipv6_address_quantity`).
    pub fn minimum_eni_ipv6_address_quantity(&self) -> Option<i64> {
        self.minimum_eni_ipv6_address_quantity
    }

    /// The minimum required number of IPv4 addresses per ENI (`minimum_eni_private_ip_address_quantity`).
    pub fn minimum_eni_private_ip_address_quantity(&self) -> Option<i64> {
        self.minimum_eni_private_ip_address_quantity
    }

    /// The minimum required number of elastic network interfaces (ENIs) per instance (`minimum_eni_quantity`).
    pub fn minimum_eni_quantity(&self) -> Option<i64> {
        self.minimum_eni_quantity
    }
}

impl InstancePatterns {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InstancePatterns",
    description: sdk_shape::Text::en("The instance property configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "architectures",
            flag: "architectures",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "\\[This parameter is deprecated and replaced by cpu_architectures\\] The architectures of instance types.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "burst_performance_option",
            flag: "burst-performance-option",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "\\[This parameter is deprecated\\] Specifies whether to include burstable instance types.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "core",
            flag: "core",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "\\[This parameter is deprecated and replaced by cores\\] The number of vCores provided by the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cores",
            flag: "cores",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of vCPU cores for the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_architectures",
            flag: "cpu-architectures",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU architecture of the instance type.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "excluded_instance_types",
            flag: "excluded-instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance type that you want to exclude.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_categories",
            flag: "instance-categories",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the instance."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_family_level",
            flag: "instance-family-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance family level."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_type_families",
            flag: "instance-type-families",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The specified instance family."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_cpu_cores",
            flag: "max-cpu-cores",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum vCPU cores allowed for the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_memory_size",
            flag: "max-memory-size",
            kind: sdk_shape::Kind::Number,
            description: sdk_shape::Text::en(
                "The maximum allowed memory size. Unit: GiB.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_price",
            flag: "max-price",
            kind: sdk_shape::Kind::Number,
            description: sdk_shape::Text::en(
                "\\[This parameter is deprecated\\] The maximum hourly price of the instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maximum_gpu_amount",
            flag: "maximum-gpu-amount",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum allowed number of GPUs per instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "memory",
            flag: "memory",
            kind: sdk_shape::Kind::Number,
            description: sdk_shape::Text::en(
                "The memory size of the instance type. Unit: GiB.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "min_cpu_cores",
            flag: "min-cpu-cores",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum vCPU cores required for the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "min_memory_size",
            flag: "min-memory-size",
            kind: sdk_shape::Kind::Number,
            description: sdk_shape::Text::en(
                "The minimum required memory size. Unit: GiB.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "minimum_eni_ipv6_address_quantity",
            flag: "minimum-eni-ipv6-address-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum required number of IPv6 addresses per ENI.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "minimum_eni_private_ip_address_quantity",
            flag: "minimum-eni-private-ip-address-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum required number of IPv4 addresses per ENI.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "minimum_eni_quantity",
            flag: "minimum-eni-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum required number of elastic network interfaces (ENIs) per instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
