// @generated from spec/eflo-controller/2022-12-15/types/TrafficTest.json by `cargo xtask codegen`; do not edit.
//! The `TrafficTest` data type.

/// If [TrafficModel](crate::types::TrafficModel) is set to Fullmesh, this field is empty.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TrafficTest {
    /// The resource IDs.
    ///
    /// Wire name: `Clients`.
    #[serde(rename = "Clients", default, skip_serializing_if = "Option::is_none")]
    pub clients: Option<Vec<crate::types::Clients>>,
    /// The duration of the workflow task. Unit: seconds.
    ///
    /// Wire name: `Duration`.
    #[serde(rename = "Duration", default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// If Protocol is set to RDMA, specify True or False. If Protocol is set to TCP, this field is empty.
    ///
    /// Wire name: `GDR`.
    #[serde(rename = "GDR", default, skip_serializing_if = "Option::is_none")]
    pub gdr: Option<String>,
    /// The network protocol. Valid values: RDMA and TCP.
    ///
    /// Wire name: `Protocol`.
    #[serde(rename = "Protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<crate::types::Protocol>,
    /// If Protocol is set to TCP, specify the number of test Concurrent Connections. If Protocol is set to RDMA, specify the QP value.
    ///
    /// Wire name: `QP`.
    #[serde(rename = "QP", default, skip_serializing_if = "Option::is_none")]
    pub qp: Option<i64>,
    /// The list of servers.
    ///
    /// Wire name: `Servers`.
    #[serde(rename = "Servers", default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<crate::types::Servers>>,
    /// The traffic model. Valid values: MTON and Fullmesh.
    ///
    /// Wire name: `TrafficModel`.
    #[serde(rename = "TrafficModel", default, skip_serializing_if = "Option::is_none")]
    pub traffic_model: Option<crate::types::TrafficModel>,
}

impl TrafficTest {
    /// The resource IDs (`Clients`).
    pub fn clients(&self) -> &[crate::types::Clients] {
        self.clients.as_deref().unwrap_or_default()
    }

    /// The duration of the workflow task. Unit: seconds (`Duration`).
    pub fn duration(&self) -> Option<i64> {
        self.duration
    }

    /// If Protocol is set to RDMA, specify True or False. If Protocol is set to TCP, this field is empty (`GDR`).
    pub fn gdr(&self) -> Option<&str> {
        self.gdr.as_deref()
    }

    /// The network protocol. Valid values: RDMA and TCP (`Protocol`).
    pub fn protocol(&self) -> Option<&crate::types::Protocol> {
        self.protocol.as_ref()
    }

    /// If Protocol is set to TCP, specify the number of test Concurrent Connections. If Protocol is set to RDMA, specify the QP value (`QP`).
    pub fn qp(&self) -> Option<i64> {
        self.qp
    }

    /// The list of servers (`Servers`).
    pub fn servers(&self) -> &[crate::types::Servers] {
        self.servers.as_deref().unwrap_or_default()
    }

    /// The traffic model. Valid values: MTON and Fullmesh (`TrafficModel`).
    pub fn traffic_model(&self) -> Option<&crate::types::TrafficModel> {
        self.traffic_model.as_ref()
    }
}

impl TrafficTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TrafficTest",
    description: sdk_shape::Text::en(
        "If TrafficModel is set to Fullmesh, this field is empty.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Clients",
            flag: "clients",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::clients::SHAPE),
            ),
            description: sdk_shape::Text::en("The resource IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Duration",
            flag: "duration",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The duration of the workflow task. Unit: seconds.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GDR",
            flag: "gdr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "If Protocol is set to RDMA, specify True or False. If Protocol is set to TCP, this field is empty.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Protocol",
            flag: "protocol",
            kind: sdk_shape::Kind::Enum(&crate::types::protocol::SHAPE),
            description: sdk_shape::Text::en(
                "The network protocol. Valid values: RDMA and TCP.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "QP",
            flag: "qp",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "If Protocol is set to TCP, specify the number of test Concurrent Connections. If Protocol is set to RDMA, specify the QP value.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Servers",
            flag: "servers",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::servers::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of servers."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TrafficModel",
            flag: "traffic-model",
            kind: sdk_shape::Kind::Enum(&crate::types::traffic_model::SHAPE),
            description: sdk_shape::Text::en(
                "The traffic model. Valid values: MTON and Fullmesh.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
