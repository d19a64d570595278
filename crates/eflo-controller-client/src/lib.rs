// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): an async client.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let mock = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()
//! #     .with_credentials(sdk_mock::MockCredentials::Demo)).await?;
//! // Against the built-in mock server (`sdk_mock`, or `cloudcmd mock serve`, which prints
//! // the variables that point `Client::from_env()` at it).
//! let client = eflo_controller_client::Client::new(
//!     eflo_controller_client::Config::builder()
//!         .credentials(eflo_controller_client::Credentials::new(sdk_mock::demo::ALIBABA_ACCESS_KEY_ID, sdk_mock::demo::ALIBABA_ACCESS_KEY_SECRET))
//!         .region("cn-hangzhou")
//!         .endpoint(mock.endpoint())
//!         .build(),
//! )?;
//! let answer = client
//!     .describe_diagnostic_result()
//!     .send()
//!     .await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
//!
//! `Client::from_env` reads credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`/`ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and `ALIBABA_CLOUD_SECURITY_TOKEN`), then from `~/.aliyun/config.json`. Each action has a builder (`client.approve_operation()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes ([`SdkError::code`], an [`ErrorCode`] with its `family()`).
//!
//! # How this crate is organised
//!
//! - [`Client`]: one method per action, each returning the action's builder.
//! - [`builders`]: the builders: a setter per request member, then `send()` (and `into_paginator()` for actions that page).
//! - [`types`] and [`actions`]: the data types and each action's request and response, from the `eflo-controller-model` crate.
//! - [`ErrorCode`] and [`ErrorFamily`], and the runtime's [`Config`], [`Credentials`], [`SdkError`]: what configuring a client and handling its errors takes.
//!
//! # Waiting
//!
//! A `client.wait_until_<waiter>()` method (`client.wait_until_invocation_finished()`) returns the polled action's builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a [`WaiterError`]: `ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error. Delays grow between the waiter's documented bounds, with jitter; `wait_with(WaitOptions)` sets them, a clock and a progress callback.
#![warn(missing_docs)]
/// One builder per action.
#[rustfmt::skip]
pub mod builders {
    mod approve_operation;
    mod change_node_group;
    mod change_node_types;
    mod change_resource_group;
    mod close_session;
    mod create_cluster;
    mod create_diagnostic_task;
    mod create_net_test_task;
    mod create_node_group;
    mod create_session;
    mod create_vsc;
    mod delete_cluster;
    mod delete_hyper_node;
    mod delete_node;
    mod delete_node_group;
    mod delete_vsc;
    mod describe_cluster;
    mod describe_diagnostic_result;
    mod describe_fault_report;
    mod describe_hyper_node;
    mod describe_invocations;
    mod describe_net_test_result;
    mod describe_node;
    mod describe_node_group;
    mod describe_node_group_refresh_task;
    mod describe_node_type;
    mod describe_regions;
    mod describe_send_file_results;
    mod describe_task;
    mod describe_vsc;
    mod describe_zones;
    mod extend_cluster;
    mod list_cluster_hyper_nodes;
    mod list_cluster_nodes;
    mod list_clusters;
    mod list_diagnostic_results;
    mod list_fault_reports;
    mod list_free_hyper_nodes;
    mod list_free_nodes;
    mod list_hyper_nodes;
    mod list_images;
    mod list_machine_network_info;
    mod list_machine_types;
    mod list_net_test_results;
    mod list_node_group_drifted_nodes;
    mod list_node_group_refresh_tasks;
    mod list_node_groups;
    mod list_syslogs;
    mod list_tag_resources;
    mod list_user_cluster_types;
    mod list_vscs;
    mod reboot_nodes;
    mod refresh_node_group_nodes;
    mod reimage_nodes;
    mod report_node_status;
    mod report_nodes_status;
    mod run_command;
    mod send_file;
    mod shrink_cluster;
    mod stop_invocation;
    mod stop_node_diagnostic;
    mod stop_nodes;
    mod tag_resources;
    mod untag_resources;
    mod update_node_group;
    pub use approve_operation::ApproveOperationBuilder;
    pub use change_node_group::ChangeNodeGroupBuilder;
    pub use change_node_types::ChangeNodeTypesBuilder;
    pub use change_resource_group::ChangeResourceGroupBuilder;
    pub use close_session::CloseSessionBuilder;
    pub use create_cluster::CreateClusterBuilder;
    pub use create_diagnostic_task::CreateDiagnosticTaskBuilder;
    pub use create_net_test_task::CreateNetTestTaskBuilder;
    pub use create_node_group::CreateNodeGroupBuilder;
    pub use create_session::CreateSessionBuilder;
    pub use create_vsc::CreateVscBuilder;
    pub use delete_cluster::DeleteClusterBuilder;
    pub use delete_hyper_node::DeleteHyperNodeBuilder;
    pub use delete_node::DeleteNodeBuilder;
    pub use delete_node_group::DeleteNodeGroupBuilder;
    pub use delete_vsc::DeleteVscBuilder;
    pub use describe_cluster::DescribeClusterBuilder;
    pub use describe_diagnostic_result::DescribeDiagnosticResultBuilder;
    pub use describe_fault_report::DescribeFaultReportBuilder;
    pub use describe_hyper_node::DescribeHyperNodeBuilder;
    pub use describe_invocations::DescribeInvocationsBuilder;
    pub use describe_net_test_result::DescribeNetTestResultBuilder;
    pub use describe_node::DescribeNodeBuilder;
    pub use describe_node_group::DescribeNodeGroupBuilder;
    pub use describe_node_group_refresh_task::DescribeNodeGroupRefreshTaskBuilder;
    pub use describe_node_type::DescribeNodeTypeBuilder;
    pub use describe_regions::DescribeRegionsBuilder;
    pub use describe_send_file_results::DescribeSendFileResultsBuilder;
    pub use describe_task::DescribeTaskBuilder;
    pub use describe_vsc::DescribeVscBuilder;
    pub use describe_zones::DescribeZonesBuilder;
    pub use extend_cluster::ExtendClusterBuilder;
    pub use list_cluster_hyper_nodes::ListClusterHyperNodesBuilder;
    pub use list_cluster_nodes::ListClusterNodesBuilder;
    pub use list_clusters::ListClustersBuilder;
    pub use list_diagnostic_results::ListDiagnosticResultsBuilder;
    pub use list_fault_reports::ListFaultReportsBuilder;
    pub use list_free_hyper_nodes::ListFreeHyperNodesBuilder;
    pub use list_free_nodes::ListFreeNodesBuilder;
    pub use list_hyper_nodes::ListHyperNodesBuilder;
    pub use list_images::ListImagesBuilder;
    pub use list_machine_network_info::ListMachineNetworkInfoBuilder;
    pub use list_machine_types::ListMachineTypesBuilder;
    pub use list_net_test_results::ListNetTestResultsBuilder;
    pub use list_node_group_drifted_nodes::ListNodeGroupDriftedNodesBuilder;
    pub use list_node_group_refresh_tasks::ListNodeGroupRefreshTasksBuilder;
    pub use list_node_groups::ListNodeGroupsBuilder;
    pub use list_syslogs::ListSyslogsBuilder;
    pub use list_tag_resources::ListTagResourcesBuilder;
    pub use list_user_cluster_types::ListUserClusterTypesBuilder;
    pub use list_vscs::ListVscsBuilder;
    pub use reboot_nodes::RebootNodesBuilder;
    pub use refresh_node_group_nodes::RefreshNodeGroupNodesBuilder;
    pub use reimage_nodes::ReimageNodesBuilder;
    pub use report_node_status::ReportNodeStatusBuilder;
    pub use report_nodes_status::ReportNodesStatusBuilder;
    pub use run_command::RunCommandBuilder;
    pub use send_file::SendFileBuilder;
    pub use shrink_cluster::ShrinkClusterBuilder;
    pub use stop_invocation::StopInvocationBuilder;
    pub use stop_node_diagnostic::StopNodeDiagnosticBuilder;
    pub use stop_nodes::StopNodesBuilder;
    pub use tag_resources::TagResourcesBuilder;
    pub use untag_resources::UntagResourcesBuilder;
    pub use update_node_group::UpdateNodeGroupBuilder;
}

#[rustfmt::skip]
mod client;
pub use client::Client;

#[doc(no_inline)]
pub use eflo_controller_model::{ErrorCode, ErrorFamily, actions, types};

#[doc(no_inline)]
pub use sdk_runtime::{Config, ConfigError, Credentials, SdkError};

#[doc(no_inline)]
pub use sdk_runtime::{WaitOptions, WaiterError};
