// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): the data types and actions, as documented.
//!
//! Generated from `spec/eflo-controller/2022-12-15`. Types are plain serde values with no I/O; send them with the `eflo-controller-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! # How this crate is organised
//!
//! - [`types`]: the data types the actions share (`types::AiJobLogInfo`).
//! - [`actions`]: one module per action (`actions::approve_operation::{ApproveOperation, ApproveOperationRequest, ApproveOperationResponse}`): the marker type that names the action to the runtime (`sdk_shape::Action`), its request and response, and the documented filter names.
//! - [`ErrorCode`] and [`ErrorFamily`]: every error code the service documents, and their dotted prefixes.
//! - [`SERVICE`]: the documented facts (endpoints, actions, members, limits) as a table the runtime, the CLI and the mock server read.
//! - [`waiters`]: the service's waiters as tables, which the client's `wait_until_*` methods and `cloudcmd --waiter` poll with.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.
#![warn(missing_docs)]
/// The data types the actions share.
#[rustfmt::skip]
pub mod types {
    pub(crate) mod ai_job_log_info;
    pub(crate) mod ai_job_logs;
    pub(crate) mod bond_policy;
    pub(crate) mod bonds;
    pub(crate) mod category;
    pub(crate) mod clients;
    pub(crate) mod cluster_types;
    pub(crate) mod clusters;
    pub(crate) mod comm_test;
    pub(crate) mod component_config;
    pub(crate) mod components;
    pub(crate) mod content_encoding;
    pub(crate) mod cpu_info_detail;
    pub(crate) mod create_net_test_task_clients;
    pub(crate) mod create_net_test_task_comm_test;
    pub(crate) mod create_net_test_task_delay_test;
    pub(crate) mod create_net_test_task_delay_test_hosts;
    pub(crate) mod create_net_test_task_hosts;
    pub(crate) mod create_net_test_task_servers;
    pub(crate) mod create_net_test_task_traffic_test;
    pub(crate) mod data_disk;
    pub(crate) mod delay_test;
    pub(crate) mod describe_cluster_components;
    pub(crate) mod describe_cluster_networks;
    pub(crate) mod describe_hyper_node_networks;
    pub(crate) mod describe_hyper_node_nodes;
    pub(crate) mod describe_net_test_result_hosts;
    pub(crate) mod describe_node_group_refresh_task_nodes;
    pub(crate) mod describe_node_networks;
    pub(crate) mod describe_send_file_results_invocation;
    pub(crate) mod describe_send_file_results_invocations;
    pub(crate) mod describe_send_file_results_invoke_node;
    pub(crate) mod describe_send_file_results_invoke_nodes;
    pub(crate) mod diagnosis_type;
    pub(crate) mod diagnostic_results;
    pub(crate) mod disk_info_detail;
    pub(crate) mod disks;
    pub(crate) mod extend_cluster_hyper_nodes;
    pub(crate) mod extend_cluster_ip_allocation_policy;
    pub(crate) mod extend_cluster_node_groups;
    pub(crate) mod extend_cluster_node_policy;
    pub(crate) mod extend_cluster_nodes;
    pub(crate) mod frontend_network_detail;
    pub(crate) mod gpu_info_detail;
    pub(crate) mod groups;
    pub(crate) mod hosts;
    pub(crate) mod hyper_nodes;
    pub(crate) mod images;
    pub(crate) mod invocation;
    pub(crate) mod invocation_status;
    pub(crate) mod invocations;
    pub(crate) mod invoke_node;
    pub(crate) mod invoke_nodes;
    pub(crate) mod invoke_status;
    pub(crate) mod ip_allocation_policy;
    pub(crate) mod list_cluster_hyper_nodes_hyper_nodes;
    pub(crate) mod list_cluster_nodes_networks;
    pub(crate) mod list_cluster_nodes_nodes;
    pub(crate) mod list_free_hyper_nodes_hyper_nodes;
    pub(crate) mod list_free_nodes_nodes;
    pub(crate) mod list_hyper_nodes_hyper_nodes;
    pub(crate) mod list_node_group_drifted_nodes_nodes;
    pub(crate) mod list_node_group_drifted_nodes_property_drifts;
    pub(crate) mod list_syslogs_logs;
    pub(crate) mod list_vscs_tags;
    pub(crate) mod logs;
    pub(crate) mod machine_hpn_info;
    pub(crate) mod machine_network_info;
    pub(crate) mod machine_type_policy;
    pub(crate) mod machine_types;
    pub(crate) mod memory_info_detail;
    pub(crate) mod net_test_results;
    pub(crate) mod net_test_type;
    pub(crate) mod network_cards;
    pub(crate) mod networks;
    pub(crate) mod new_vpd_info;
    pub(crate) mod node_error_code;
    pub(crate) mod node_group;
    pub(crate) mod node_group_refresh_tasks;
    pub(crate) mod node_groups;
    pub(crate) mod node_invocation_status;
    pub(crate) mod node_policy;
    pub(crate) mod node_response;
    pub(crate) mod node_tag;
    pub(crate) mod nodes;
    pub(crate) mod performance_level;
    pub(crate) mod property_drifts;
    pub(crate) mod protocol;
    pub(crate) mod rdma_info_detail;
    pub(crate) mod regions;
    pub(crate) mod reimage_nodes_nodes;
    pub(crate) mod repeat_mode;
    pub(crate) mod reports;
    pub(crate) mod servers;
    pub(crate) mod shrink_cluster_hyper_nodes;
    pub(crate) mod shrink_cluster_node_groups;
    pub(crate) mod shrink_cluster_nodes;
    pub(crate) mod steps;
    pub(crate) mod sub_tasks;
    pub(crate) mod system_disk;
    pub(crate) mod system_disk_performance_level;
    pub(crate) mod tag;
    pub(crate) mod tag_resource;
    pub(crate) mod tag_resources;
    pub(crate) mod tags;
    pub(crate) mod traffic_model;
    pub(crate) mod traffic_test;
    pub(crate) mod r#type;
    pub(crate) mod update_node_group_system_disk;
    pub(crate) mod vpd_info;
    pub(crate) mod vpd_subnets;
    pub(crate) mod vsc_type;
    pub(crate) mod vscs;
    pub(crate) mod zones;
    pub use ai_job_log_info::AiJobLogInfo;
    pub use ai_job_logs::AiJobLogs;
    pub use bond_policy::BondPolicy;
    pub use bonds::Bonds;
    pub use category::Category;
    pub use clients::Clients;
    pub use cluster_types::ClusterTypes;
    pub use clusters::Clusters;
    pub use comm_test::CommTest;
    pub use component_config::ComponentConfig;
    pub use components::Components;
    pub use content_encoding::ContentEncoding;
    pub use cpu_info_detail::CpuInfoDetail;
    pub use create_net_test_task_clients::CreateNetTestTaskClients;
    pub use create_net_test_task_comm_test::CreateNetTestTaskCommTest;
    pub use create_net_test_task_delay_test::CreateNetTestTaskDelayTest;
    pub use create_net_test_task_delay_test_hosts::CreateNetTestTaskDelayTestHosts;
    pub use create_net_test_task_hosts::CreateNetTestTaskHosts;
    pub use create_net_test_task_servers::CreateNetTestTaskServers;
    pub use create_net_test_task_traffic_test::CreateNetTestTaskTrafficTest;
    pub use data_disk::DataDisk;
    pub use delay_test::DelayTest;
    pub use describe_cluster_components::DescribeClusterComponents;
    pub use describe_cluster_networks::DescribeClusterNetworks;
    pub use describe_hyper_node_networks::DescribeHyperNodeNetworks;
    pub use describe_hyper_node_nodes::DescribeHyperNodeNodes;
    pub use describe_net_test_result_hosts::DescribeNetTestResultHosts;
    pub use describe_node_group_refresh_task_nodes::DescribeNodeGroupRefreshTaskNodes;
    pub use describe_node_networks::DescribeNodeNetworks;
    pub use describe_send_file_results_invocation::DescribeSendFileResultsInvocation;
    pub use describe_send_file_results_invocations::DescribeSendFileResultsInvocations;
    pub use describe_send_file_results_invoke_node::DescribeSendFileResultsInvokeNode;
    pub use describe_send_file_results_invoke_nodes::DescribeSendFileResultsInvokeNodes;
    pub use diagnosis_type::DiagnosisType;
    pub use diagnostic_results::DiagnosticResults;
    pub use disk_info_detail::DiskInfoDetail;
    pub use disks::Disks;
    pub use extend_cluster_hyper_nodes::ExtendClusterHyperNodes;
    pub use extend_cluster_ip_allocation_policy::ExtendClusterIpAllocationPolicy;
    pub use extend_cluster_node_groups::ExtendClusterNodeGroups;
    pub use extend_cluster_node_policy::ExtendClusterNodePolicy;
    pub use extend_cluster_nodes::ExtendClusterNodes;
    pub use frontend_network_detail::FrontendNetworkDetail;
    pub use gpu_info_detail::GpuInfoDetail;
    pub use groups::Groups;
    pub use hosts::Hosts;
    pub use hyper_nodes::HyperNodes;
    pub use images::Images;
    pub use invocation::Invocation;
    pub use invocation_status::InvocationStatus;
    pub use invocations::Invocations;
    pub use invoke_node::InvokeNode;
    pub use invoke_nodes::InvokeNodes;
    pub use invoke_status::InvokeStatus;
    pub use ip_allocation_policy::IpAllocationPolicy;
    pub use list_cluster_hyper_nodes_hyper_nodes::ListClusterHyperNodesHyperNodes;
    pub use list_cluster_nodes_networks::ListClusterNodesNetworks;
    pub use list_cluster_nodes_nodes::ListClusterNodesNodes;
    pub use list_free_hyper_nodes_hyper_nodes::ListFreeHyperNodesHyperNodes;
    pub use list_free_nodes_nodes::ListFreeNodesNodes;
    pub use list_hyper_nodes_hyper_nodes::ListHyperNodesHyperNodes;
    pub use list_node_group_drifted_nodes_nodes::ListNodeGroupDriftedNodesNodes;
    pub use list_node_group_drifted_nodes_property_drifts::ListNodeGroupDriftedNodesPropertyDrifts;
    pub use list_syslogs_logs::ListSyslogsLogs;
    pub use list_vscs_tags::ListVscsTags;
    pub use logs::Logs;
    pub use machine_hpn_info::MachineHpnInfo;
    pub use machine_network_info::MachineNetworkInfo;
    pub use machine_type_policy::MachineTypePolicy;
    pub use machine_types::MachineTypes;
    pub use memory_info_detail::MemoryInfoDetail;
    pub use net_test_results::NetTestResults;
    pub use net_test_type::NetTestType;
    pub use network_cards::NetworkCards;
    pub use networks::Networks;
    pub use new_vpd_info::NewVpdInfo;
    pub use node_error_code::NodeErrorCode;
    pub use node_group::NodeGroup;
    pub use node_group_refresh_tasks::NodeGroupRefreshTasks;
    pub use node_groups::NodeGroups;
    pub use node_invocation_status::NodeInvocationStatus;
    pub use node_policy::NodePolicy;
    pub use node_response::NodeResponse;
    pub use node_tag::NodeTag;
    pub use nodes::Nodes;
    pub use performance_level::PerformanceLevel;
    pub use property_drifts::PropertyDrifts;
    pub use protocol::Protocol;
    pub use rdma_info_detail::RdmaInfoDetail;
    pub use regions::Regions;
    pub use reimage_nodes_nodes::ReimageNodesNodes;
    pub use repeat_mode::RepeatMode;
    pub use reports::Reports;
    pub use servers::Servers;
    pub use shrink_cluster_hyper_nodes::ShrinkClusterHyperNodes;
    pub use shrink_cluster_node_groups::ShrinkClusterNodeGroups;
    pub use shrink_cluster_nodes::ShrinkClusterNodes;
    pub use steps::Steps;
    pub use sub_tasks::SubTasks;
    pub use system_disk::SystemDisk;
    pub use system_disk_performance_level::SystemDiskPerformanceLevel;
    pub use tag::Tag;
    pub use tag_resource::TagResource;
    pub use tag_resources::TagResources;
    pub use tags::Tags;
    pub use traffic_model::TrafficModel;
    pub use traffic_test::TrafficTest;
    pub use r#type::Type;
    pub use update_node_group_system_disk::UpdateNodeGroupSystemDisk;
    pub use vpd_info::VpdInfo;
    pub use vpd_subnets::VpdSubnets;
    pub use vsc_type::VscType;
    pub use vscs::Vscs;
    pub use zones::Zones;
}

/// One module per action: its marker type, request, response and filter names.
#[rustfmt::skip]
pub mod actions {
    /// The `ApproveOperation` action.
    pub mod approve_operation;
    /// The `ChangeNodeGroup` action.
    pub mod change_node_group;
    /// The `ChangeNodeTypes` action.
    pub mod change_node_types;
    /// The `ChangeResourceGroup` action.
    pub mod change_resource_group;
    /// The `CloseSession` action.
    pub mod close_session;
    /// The `CreateCluster` action.
    pub mod create_cluster;
    /// The `CreateDiagnosticTask` action.
    pub mod create_diagnostic_task;
    /// The `CreateNetTestTask` action.
    pub mod create_net_test_task;
    /// The `CreateNodeGroup` action.
    pub mod create_node_group;
    /// The `CreateSession` action.
    pub mod create_session;
    /// The `CreateVsc` action.
    pub mod create_vsc;
    /// The `DeleteCluster` action.
    pub mod delete_cluster;
    /// The `DeleteHyperNode` action.
    pub mod delete_hyper_node;
    /// The `DeleteNode` action.
    pub mod delete_node;
    /// The `DeleteNodeGroup` action.
    pub mod delete_node_group;
    /// The `DeleteVsc` action.
    pub mod delete_vsc;
    /// The `DescribeCluster` action.
    pub mod describe_cluster;
    /// The `DescribeDiagnosticResult` action.
    pub mod describe_diagnostic_result;
    /// The `DescribeFaultReport` action.
    pub mod describe_fault_report;
    /// The `DescribeHyperNode` action.
    pub mod describe_hyper_node;
    /// The `DescribeInvocations` action.
    pub mod describe_invocations;
    /// The `DescribeNetTestResult` action.
    pub mod describe_net_test_result;
    /// The `DescribeNode` action.
    pub mod describe_node;
    /// The `DescribeNodeGroup` action.
    pub mod describe_node_group;
    /// The `DescribeNodeGroupRefreshTask` action.
    pub mod describe_node_group_refresh_task;
    /// The `DescribeNodeType` action.
    pub mod describe_node_type;
    /// The `DescribeRegions` action.
    pub mod describe_regions;
    /// The `DescribeSendFileResults` action.
    pub mod describe_send_file_results;
    /// The `DescribeTask` action.
    pub mod describe_task;
    /// The `DescribeVsc` action.
    pub mod describe_vsc;
    /// The `DescribeZones` action.
    pub mod describe_zones;
    /// The `ExtendCluster` action.
    pub mod extend_cluster;
    /// The `ListClusterHyperNodes` action.
    pub mod list_cluster_hyper_nodes;
    /// The `ListClusterNodes` action.
    pub mod list_cluster_nodes;
    /// The `ListClusters` action.
    pub mod list_clusters;
    /// The `ListDiagnosticResults` action.
    pub mod list_diagnostic_results;
    /// The `ListFaultReports` action.
    pub mod list_fault_reports;
    /// The `ListFreeHyperNodes` action.
    pub mod list_free_hyper_nodes;
    /// The `ListFreeNodes` action.
    pub mod list_free_nodes;
    /// The `ListHyperNodes` action.
    pub mod list_hyper_nodes;
    /// The `ListImages` action.
    pub mod list_images;
    /// The `ListMachineNetworkInfo` action.
    pub mod list_machine_network_info;
    /// The `ListMachineTypes` action.
    pub mod list_machine_types;
    /// The `ListNetTestResults` action.
    pub mod list_net_test_results;
    /// The `ListNodeGroupDriftedNodes` action.
    pub mod list_node_group_drifted_nodes;
    /// The `ListNodeGroupRefreshTasks` action.
    pub mod list_node_group_refresh_tasks;
    /// The `ListNodeGroups` action.
    pub mod list_node_groups;
    /// The `ListSyslogs` action.
    pub mod list_syslogs;
    /// The `ListTagResources` action.
    pub mod list_tag_resources;
    /// The `ListUserClusterTypes` action.
    pub mod list_user_cluster_types;
    /// The `ListVscs` action.
    pub mod list_vscs;
    /// The `RebootNodes` action.
    pub mod reboot_nodes;
    /// The `RefreshNodeGroupNodes` action.
    pub mod refresh_node_group_nodes;
    /// The `ReimageNodes` action.
    pub mod reimage_nodes;
    /// The `ReportNodeStatus` action.
    pub mod report_node_status;
    /// The `ReportNodesStatus` action.
    pub mod report_nodes_status;
    /// The `RunCommand` action.
    pub mod run_command;
    /// The `SendFile` action.
    pub mod send_file;
    /// The `ShrinkCluster` action.
    pub mod shrink_cluster;
    /// The `StopInvocation` action.
    pub mod stop_invocation;
    /// The `StopNodeDiagnostic` action.
    pub mod stop_node_diagnostic;
    /// The `StopNodes` action.
    pub mod stop_nodes;
    /// The `TagResources` action.
    pub mod tag_resources;
    /// The `UntagResources` action.
    pub mod untag_resources;
    /// The `UpdateNodeGroup` action.
    pub mod update_node_group;
}

#[rustfmt::skip]
mod errors;
#[rustfmt::skip]
mod service;
#[rustfmt::skip]
mod each;
/// The service's waiters (`waiters.json`), as tables.
#[rustfmt::skip]
pub mod waiters;
pub use errors::{ErrorCode, ErrorFamily};
pub use service::SERVICE;
