// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeType.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodeType` action:

/// Marker type tying the request and response of `DescribeNodeType` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNodeType;

impl sdk_shape::Action for DescribeNodeType {
    type Request = DescribeNodeTypeRequest;
    type Response = DescribeNodeTypeResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNodeType`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNodeTypeRequest {
    /// The node scaling mode.
    ///
    /// Wire name: `NodeType`.
    #[serde(rename = "NodeType", default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<String>,
}

/// Response of `DescribeNodeType`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeTypeResponse {
    /// The maximum number of cloud disks that can be mounted.
    ///
    /// Wire name: `DiskQuantity`.
    #[serde(rename = "DiskQuantity", default, skip_serializing_if = "Option::is_none")]
    pub disk_quantity: Option<i64>,
    /// The maximum number of network interface controllers (NICs) in high-density mode.
    ///
    /// Wire name: `EniHighDenseQuantity`.
    #[serde(
        rename = "EniHighDenseQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eni_high_dense_quantity: Option<i64>,
    /// The maximum number of IPv6 addresses supported by a NIC.
    ///
    /// Wire name: `EniIpv6AddressQuantity`.
    #[serde(
        rename = "EniIpv6AddressQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eni_ipv6_address_quantity: Option<i64>,
    /// The maximum number of IPv4 addresses supported by a NIC.
    ///
    /// Wire name: `EniPrivateIpAddressQuantity`.
    #[serde(
        rename = "EniPrivateIpAddressQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eni_private_ip_address_quantity: Option<i64>,
    /// The maximum number of elastic network interfaces (ENIs) supported, including primary and secondary ENIs.
    ///
    /// Wire name: `EniQuantity`.
    #[serde(rename = "EniQuantity", default, skip_serializing_if = "Option::is_none")]
    pub eni_quantity: Option<i64>,
    /// The number of Elastic RDMA Interfaces (ERIs) for the current specification.
    ///
    /// Wire name: `EriQuantity`.
    #[serde(rename = "EriQuantity", default, skip_serializing_if = "Option::is_none")]
    pub eri_quantity: Option<i64>,
    /// The number of physical network interface controllers (NICs) supported by the instance type.
    ///
    /// Wire name: `NetworkCardQuantity`.
    #[serde(
        rename = "NetworkCardQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_card_quantity: Option<i64>,
    /// The list of physical network interface controllers (NICs), including the details of each physical NIC.
    ///
    /// Wire name: `NetworkCards`.
    #[serde(rename = "NetworkCards", default, skip_serializing_if = "Option::is_none")]
    pub network_cards: Option<Vec<crate::types::NetworkCards>>,
    /// The default number of queues for the primary NIC.
    ///
    /// Wire name: `PrimaryEniQueueNumber`.
    #[serde(
        rename = "PrimaryEniQueueNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_eni_queue_number: Option<i64>,
    /// The number of queue pairs (QPs) for all Elastic RDMA Interfaces (ERIs) of the current specification.
    ///
    /// Wire name: `QueuePairNumber`.
    #[serde(
        rename = "QueuePairNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub queue_pair_number: Option<i64>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The default number of queues for secondary elastic network interfaces (ENIs).
    ///
    /// Wire name: `SecondaryEniQueueNumber`.
    #[serde(
        rename = "SecondaryEniQueueNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secondary_eni_queue_number: Option<i64>,
    /// The total queue quota for elastic network interface controllers (NICs) of the current specification.
    ///
    /// Wire name: `TotalEniQueueQuantity`.
    #[serde(
        rename = "TotalEniQueueQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_eni_queue_quantity: Option<i64>,
}

impl DescribeNodeTypeResponse {
    /// The maximum number of cloud disks that can be mounted (`DiskQuantity`).
    pub fn disk_quantity(&self) -> Option<i64> {
        self.disk_quantity
    }

    /// The maximum number of network interface controllers (NICs) in high-density mode (`EniHighDenseQuantity`).
    pub fn eni_high_dense_quantity(&self) -> Option<i64> {
        self.eni_high_dense_quantity
    }

    /// The maximum number of IPv6 addresses supported by a NIC (`EniIpv6AddressQuantity`).
    pub fn eni_ipv6_address_quantity(&self) -> Option<i64> {
        self.eni_ipv6_address_quantity
    }

    /// The maximum number of IPv4 addresses supported by a NIC (`EniPrivateIpAddressQuantity`).
    pub fn eni_private_ip_address_quantity(&self) -> Option<i64> {
        self.eni_private_ip_address_quantity
    }

    /// The maximum number of elastic network interfaces (ENIs) supported, including primary and secondary ENIs (`EniQuantity`).
    pub fn eni_quantity(&self) -> Option<i64> {
        self.eni_quantity
    }

    /// The number of Elastic RDMA Interfaces (ERIs) for the current specification (`EriQuantity`).
    pub fn eri_quantity(&self) -> Option<i64> {
        self.eri_quantity
    }

    /// The number of physical network interface controllers (NICs) supported by the instance type (`NetworkCardQuantity`).
    pub fn network_card_quantity(&self) -> Option<i64> {
        self.network_card_quantity
    }

    /// The list of physical network interface controllers (NICs), including the details of each physical NIC (`NetworkCards`).
    pub fn network_cards(&self) -> &[crate::types::NetworkCards] {
        self.network_cards.as_deref().unwrap_or_default()
    }

    /// The default number of queues for the primary NIC (`PrimaryEniQueueNumber`).
    pub fn primary_eni_queue_number(&self) -> Option<i64> {
        self.primary_eni_queue_number
    }

    /// The number of queue pairs (QPs) for all Elastic RDMA Interfaces (ERIs) of the current specification (`QueuePairNumber`).
    pub fn queue_pair_number(&self) -> Option<i64> {
        self.queue_pair_number
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The default number of queues for secondary elastic network interfaces (ENIs) (`SecondaryEniQueueNumber`).
    pub fn secondary_eni_queue_number(&self) -> Option<i64> {
        self.secondary_eni_queue_number
    }

    /// The total queue quota for elastic network interface controllers (NICs) of the current specification (`TotalEniQueueQuantity`).
    pub fn total_eni_queue_quantity(&self) -> Option<i64> {
        self.total_eni_queue_quantity
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNodeType",
    command: "describe-node-type",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeType",
            flag: "node-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node scaling mode."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "DiskQuantity",
            flag: "disk-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of cloud disks that can be mounted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EniHighDenseQuantity",
            flag: "eni-high-dense-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of network interface controllers (NICs) in high-density mode.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EniIpv6AddressQuantity",
            flag: "eni-ipv6-address-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of IPv6 addresses supported by a NIC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EniPrivateIpAddressQuantity",
            flag: "eni-private-ip-address-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of IPv4 addresses supported by a NIC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EniQuantity",
            flag: "eni-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of elastic network interfaces (ENIs) supported, including primary and secondary ENIs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EriQuantity",
            flag: "eri-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of Elastic RDMA Interfaces (ERIs) for the current specification.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetworkCardQuantity",
            flag: "network-card-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of physical network interface controllers (NICs) supported by the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetworkCards",
            flag: "network-cards",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::network_cards::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of physical network interface controllers (NICs), including the details of each physical NIC.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PrimaryEniQueueNumber",
            flag: "primary-eni-queue-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The default number of queues for the primary NIC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "QueuePairNumber",
            flag: "queue-pair-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of queue pairs (QPs) for all Elastic RDMA Interfaces (ERIs) of the current specification.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SecondaryEniQueueNumber",
            flag: "secondary-eni-queue-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The default number of queues for secondary elastic network interfaces (ENIs).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalEniQueueQuantity",
            flag: "total-eni-queue-quantity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total queue quota for elastic network interface controllers (NICs) of the current specification.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
