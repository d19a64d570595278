// @generated from spec/eflo-controller/2022-12-15/types/RdmaInfoDetail.json by `cargo xtask codegen`; do not edit.
//! The `RdmaInfoDetail` data type.

/// The RDMA information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RdmaInfoDetail {
    /// The bandwidth per backend RDMA NIC, in Gbps.
    ///
    /// Wire name: `BackendRdmaNicBwInGbps`.
    #[serde(
        rename = "BackendRdmaNicBwInGbps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backend_rdma_nic_bw_in_gbps: Option<i64>,
    /// The number of backend RDMA NICs.
    ///
    /// Wire name: `BackendRdmaNicCount`.
    #[serde(
        rename = "BackendRdmaNicCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backend_rdma_nic_count: Option<i64>,
    /// Indicates whether backend RDMA is supported. Valid values:
    ///
    /// - true: The current machine type supports backend RDMA.
    /// - false: The current machine type does not support backend RDMA.
    ///
    /// Wire name: `BackendRdmaSupported`.
    #[serde(
        rename = "BackendRdmaSupported",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backend_rdma_supported: Option<bool>,
}

impl RdmaInfoDetail {
    /// The bandwidth per backend RDMA NIC, in Gbps (`BackendRdmaNicBwInGbps`).
    pub fn backend_rdma_nic_bw_in_gbps(&self) -> Option<i64> {
        self.backend_rdma_nic_bw_in_gbps
    }

    /// The number of backend RDMA NICs (`BackendRdmaNicCount`).
    pub fn backend_rdma_nic_count(&self) -> Option<i64> {
        self.backend_rdma_nic_count
    }

    /// Indicates whether backend RDMA is supported. Valid values: (`BackendRdmaSupported`).
    pub fn backend_rdma_supported(&self) -> Option<bool> {
        self.backend_rdma_supported
    }
}

impl RdmaInfoDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RdmaInfoDetail",
    description: sdk_shape::Text::en("The RDMA information."),
    members: &[
        sdk_shape::MemberShape {
            name: "BackendRdmaNicBwInGbps",
            flag: "backend-rdma-nic-bw-in-gbps",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The bandwidth per backend RDMA NIC, in Gbps.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "BackendRdmaNicCount",
            flag: "backend-rdma-nic-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of backend RDMA NICs."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "BackendRdmaSupported",
            flag: "backend-rdma-supported",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether backend RDMA is supported. Valid values:\n\n- true: The current machine type supports backend RDMA.\n- false: The current machine type does not support backend RDMA.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
