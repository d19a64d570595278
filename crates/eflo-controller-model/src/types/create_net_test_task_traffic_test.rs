// @generated from spec/eflo-controller/2022-12-15/types/CreateNetTestTaskTrafficTest.json by `cargo xtask codegen`; do not edit.
//! The `CreateNetTestTaskTrafficTest` data type.

/// This field is empty if [TrafficModel](crate::types::TrafficModel) is set to Fullmesh.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskTrafficTest {
    /// The client resources.
    ///
    /// Wire name: `Clients`.
    #[serde(rename = "Clients", default, skip_serializing_if = "Option::is_none")]
    pub clients: Option<Vec<crate::types::CreateNetTestTaskClients>>,
    /// The runtime duration of the flow task, in seconds.
    ///
    /// Wire name: `Duration`.
    #[serde(rename = "Duration", default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// If Protocol is set to RDMA, specify True or False. This field is empty if Protocol is set to TCP.
    ///
    /// Wire name: `GDR`.
    #[serde(rename = "GDR", default, skip_serializing_if = "Option::is_none")]
    pub gdr: Option<bool>,
    /// The network protocol. Valid values: RDMA and TCP.
    ///
    /// Wire name: `Protocol`.
    #[serde(rename = "Protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<crate::types::Protocol>,
    /// If Protocol is set to TCP, specify the number of concurrent connections for the test. If Protocol is set to RDMA, specify the QP value.
    ///
    /// Wire name: `QP`.
    #[serde(rename = "QP", default, skip_serializing_if = "Option::is_none")]
    pub qp: Option<i64>,
    /// The list of servers.
    ///
    /// Wire name: `Servers`.
    #[serde(rename = "Servers", default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<crate::types::CreateNetTestTaskServers>>,
    /// The traffic model. Valid values: MTON and Fullmesh.
    ///
    /// Wire name: `TrafficModel`.
    #[serde(rename = "TrafficModel", default, skip_serializing_if = "Option::is_none")]
    pub traffic_model: Option<crate::types::TrafficModel>,
}

impl CreateNetTestTaskTrafficTest {
    /// Sets `Clients`: The client resources.
    pub fn with_clients(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::types::CreateNetTestTaskClients>,
        >,
    ) -> Self {
        self.clients = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Duration`: The runtime duration of the flow task, in seconds.
    pub fn with_duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }

    /// Sets `GDR`: If Protocol is set to RDMA, specify True or False. This field is empty if Protocol is set to TCP.
    pub fn with_gdr(mut self, value: bool) -> Self {
        self.gdr = Some(value);
        self
    }

    /// Sets `Protocol`: The network protocol. Valid values: RDMA and TCP.
    pub fn with_protocol(mut self, value: impl Into<crate::types::Protocol>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `QP`: If Protocol is set to TCP, specify the number of concurrent connections for the test. If Protocol is set to RDMA, specify the QP value.
    pub fn with_qp(mut self, value: i64) -> Self {
        self.qp = Some(value);
        self
    }

    /// Sets `Servers`: The list of servers.
    pub fn with_servers(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::types::CreateNetTestTaskServers>,
        >,
    ) -> Self {
        self.servers = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `TrafficModel`: The traffic model. Valid values: MTON and Fullmesh.
    pub fn with_traffic_model(
        mut self,
        value: impl Into<crate::types::TrafficModel>,
    ) -> Self {
        self.traffic_model = Some(value.into());
        self
    }

    /// The client resources (`Clients`).
    pub fn clients(&self) -> &[crate::types::CreateNetTestTaskClients] {
        self.clients.as_deref().unwrap_or_default()
    }

    /// The runtime duration of the flow task, in seconds (`Duration`).
    pub fn duration(&self) -> Option<i64> {
        self.duration
    }

    /// If Protocol is set to RDMA, specify True or False. This field is empty if Protocol is set to TCP (`GDR`).
    pub fn gdr(&self) -> Option<bool> {
        self.gdr
    }

    /// The network protocol. Valid values: RDMA and TCP (`Protocol`).
    pub fn protocol(&self) -> Option<&crate::types::Protocol> {
        self.protocol.as_ref()
    }

    /// If Protocol is set to TCP, specify the number of concurrent connections for the test. If Protocol is set to RDMA, specify the QP value (`QP`).
    pub fn qp(&self) -> Option<i64> {
        self.qp
    }

    /// The list of servers (`Servers`).
    pub fn servers(&self) -> &[crate::types::CreateNetTestTaskServers] {
        self.servers.as_deref().unwrap_or_default()
    }

    /// The traffic model. Valid values: MTON and Fullmesh (`TrafficModel`).
    pub fn traffic_model(&self) -> Option<&crate::types::TrafficModel> {
        self.traffic_model.as_ref()
    }
}

impl CreateNetTestTaskTrafficTest {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateNetTestTaskTrafficTest",
    description: sdk_shape::Text::en(
        "This field is empty if TrafficModel is set to Fullmesh.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Clients",
            flag: "clients",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_clients::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The client resources."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Duration",
            flag: "duration",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The runtime duration of the flow task, in seconds.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GDR",
            flag: "gdr",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "If Protocol is set to RDMA, specify True or False. This field is empty if Protocol is set to TCP.",
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
                "If Protocol is set to TCP, specify the number of concurrent connections for the test. If Protocol is set to RDMA, specify the QP value.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Servers",
            flag: "servers",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_servers::SHAPE,
                ),
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
