// @generated from spec/cs/2015-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud CS (API version 2015-12-15): an async client.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let mock = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()
//! #     .with_credentials(sdk_mock::MockCredentials::Demo)).await?;
//! // Against the built-in mock server (`sdk_mock`, or `cloudcmd mock serve`, which prints
//! // the variables that point `Client::from_env()` at it).
//! let client = cs_client::Client::new(
//!     cs_client::Config::builder()
//!         .credentials(cs_client::Credentials::new(sdk_mock::demo::ALIBABA_ACCESS_KEY_ID, sdk_mock::demo::ALIBABA_ACCESS_KEY_SECRET))
//!         .region("cn-hangzhou")
//!         .endpoint(mock.endpoint())
//!         .build(),
//! )?;
//! let answer = client
//!     .describe_events()
//!     .send()
//!     .await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
//!
//! `Client::from_env` reads credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`/`ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and `ALIBABA_CLOUD_SECURITY_TOKEN`), then from `~/.aliyun/config.json`. Each action has a builder (`client.attach_instances()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes ([`SdkError::code`], an [`ErrorCode`] with its `family()`).
//!
//! # How this crate is organised
//!
//! - [`Client`]: one method per action, each returning the action's builder.
//! - [`builders`]: the builders: a setter per request member, then `send()` (and `into_paginator()` for actions that page).
//! - [`types`] and [`actions`]: the data types and each action's request and response, from the `cs-model` crate.
//! - [`ErrorCode`] and [`ErrorFamily`], and the runtime's [`Config`], [`Credentials`], [`SdkError`]: what configuring a client and handling its errors takes.
#![warn(missing_docs)]
/// One builder per action.
#[rustfmt::skip]
pub mod builders {
    mod attach_instances;
    mod attach_instances_to_node_pool;
    mod cancel_cluster_upgrade;
    mod cancel_component_upgrade;
    mod cancel_operation_plan;
    mod cancel_task;
    mod check_control_plane_log_enable;
    mod check_service_role;
    mod clean_cluster_user_permissions;
    mod clean_user_permissions;
    mod create_auto_repair_policy;
    mod create_autoscaling_config;
    mod create_cluster;
    mod create_cluster_diagnosis;
    mod create_cluster_inspect_config;
    mod create_cluster_node_pool;
    mod create_kubernetes_trigger;
    mod create_node_pool_component_instances;
    mod create_template;
    mod create_trigger;
    mod delete_auto_repair_policy;
    mod delete_cluster;
    mod delete_cluster_inspect_config;
    mod delete_cluster_nodepool;
    mod delete_cluster_nodes;
    mod delete_kubernetes_trigger;
    mod delete_node_pool_component_instance;
    mod delete_policy_instance;
    mod delete_template;
    mod delete_trigger;
    mod deploy_policy_instance;
    mod describe_addon;
    mod describe_addons;
    mod describe_auto_repair_policy;
    mod describe_cluster_addon_instance;
    mod describe_cluster_addon_metadata;
    mod describe_cluster_detail;
    mod describe_cluster_events;
    mod describe_cluster_node_pool_detail;
    mod describe_cluster_node_pools;
    mod describe_cluster_nodes;
    mod describe_cluster_tasks;
    mod describe_cluster_user_kubeconfig;
    mod describe_cluster_v2_user_kubeconfig;
    mod describe_cluster_vuls;
    mod describe_clusters_for_region;
    mod describe_events;
    mod describe_events_for_region;
    mod describe_external_agent;
    mod describe_node_pool_vuls;
    mod describe_policy_details;
    mod describe_policy_governance_in_cluster;
    mod describe_policy_instances_status;
    mod describe_regions;
    mod describe_subaccount_k8s_cluster_user_config;
    mod describe_task_info;
    mod describe_templates;
    mod describe_user_quota;
    mod fix_node_pool_vuls;
    mod get_cluster_addon_instance;
    mod get_cluster_audit_project;
    mod get_cluster_check;
    mod get_cluster_diagnosis_check_items;
    mod get_cluster_diagnosis_result;
    mod get_cluster_inspect_config;
    mod get_cluster_inspect_report_detail;
    mod get_upgrade_status;
    mod install_node_pool_components;
    mod list_addons;
    mod list_auto_repair_policies;
    mod list_cluster_addon_instance_resources;
    mod list_cluster_addon_instances;
    mod list_cluster_checks;
    mod list_cluster_inspect_reports;
    mod list_cluster_kubeconfig_states;
    mod list_node_pool_component_instance_nodes;
    mod list_node_pool_component_instances;
    mod list_node_pool_components;
    mod list_operation_plans;
    mod list_operation_plans_for_region;
    mod list_tag_resources;
    mod list_user_kube_config_states;
    mod migrate_cluster;
    mod modify_auto_repair_policy;
    mod modify_cluster;
    mod modify_cluster_addon;
    mod modify_cluster_node_pool;
    mod modify_node_pool_node_config;
    mod modify_policy_instance;
    mod open_ack_service;
    mod pause_cluster_upgrade;
    mod pause_component_upgrade;
    mod pause_task;
    mod remove_cluster_nodes;
    mod remove_node_pool_nodes;
    mod repair_cluster_node_pool;
    mod resume_component_upgrade;
    mod resume_task;
    mod resume_upgrade_cluster;
    mod revoke_k8s_cluster_kube_config;
    mod run_cluster_check;
    mod run_cluster_inspect;
    mod run_node_operation;
    mod scale_cluster_node_pool;
    mod scale_out_cluster;
    mod scan_cluster_vuls;
    mod start_alert;
    mod stop_alert;
    mod sync_cluster_node_pool;
    mod tag_resources;
    mod untag_resources;
    mod update_cluster_audit_log_config;
    mod update_cluster_inspect_config;
    mod update_contact_group_for_alert;
    mod update_control_plane_log;
    mod update_k8s_cluster_user_config_expire;
    mod update_kms_encryption;
    mod update_node_pool_component;
    mod update_node_pool_component_instance;
    mod update_resources_delete_protection;
    mod update_template;
    mod upgrade_cluster;
    mod upgrade_cluster_nodepool;
    pub use attach_instances::AttachInstancesBuilder;
    pub use attach_instances_to_node_pool::AttachInstancesToNodePoolBuilder;
    pub use cancel_cluster_upgrade::CancelClusterUpgradeBuilder;
    pub use cancel_component_upgrade::CancelComponentUpgradeBuilder;
    pub use cancel_operation_plan::CancelOperationPlanBuilder;
    pub use cancel_task::CancelTaskBuilder;
    pub use check_control_plane_log_enable::CheckControlPlaneLogEnableBuilder;
    pub use check_service_role::CheckServiceRoleBuilder;
    pub use clean_cluster_user_permissions::CleanClusterUserPermissionsBuilder;
    pub use clean_user_permissions::CleanUserPermissionsBuilder;
    pub use create_auto_repair_policy::CreateAutoRepairPolicyBuilder;
    pub use create_autoscaling_config::CreateAutoscalingConfigBuilder;
    pub use create_cluster::CreateClusterBuilder;
    pub use create_cluster_diagnosis::CreateClusterDiagnosisBuilder;
    pub use create_cluster_inspect_config::CreateClusterInspectConfigBuilder;
    pub use create_cluster_node_pool::CreateClusterNodePoolBuilder;
    pub use create_kubernetes_trigger::CreateKubernetesTriggerBuilder;
    pub use create_node_pool_component_instances::CreateNodePoolComponentInstancesBuilder;
    pub use create_template::CreateTemplateBuilder;
    pub use create_trigger::CreateTriggerBuilder;
    pub use delete_auto_repair_policy::DeleteAutoRepairPolicyBuilder;
    pub use delete_cluster::DeleteClusterBuilder;
    pub use delete_cluster_inspect_config::DeleteClusterInspectConfigBuilder;
    pub use delete_cluster_nodepool::DeleteClusterNodepoolBuilder;
    pub use delete_cluster_nodes::DeleteClusterNodesBuilder;
    pub use delete_kubernetes_trigger::DeleteKubernetesTriggerBuilder;
    pub use delete_node_pool_component_instance::DeleteNodePoolComponentInstanceBuilder;
    pub use delete_policy_instance::DeletePolicyInstanceBuilder;
    pub use delete_template::DeleteTemplateBuilder;
    pub use delete_trigger::DeleteTriggerBuilder;
    pub use deploy_policy_instance::DeployPolicyInstanceBuilder;
    pub use describe_addon::DescribeAddonBuilder;
    pub use describe_addons::DescribeAddonsBuilder;
    pub use describe_auto_repair_policy::DescribeAutoRepairPolicyBuilder;
    pub use describe_cluster_addon_instance::DescribeClusterAddonInstanceBuilder;
    pub use describe_cluster_addon_metadata::DescribeClusterAddonMetadataBuilder;
    pub use describe_cluster_detail::DescribeClusterDetailBuilder;
    pub use describe_cluster_events::DescribeClusterEventsBuilder;
    pub use describe_cluster_node_pool_detail::DescribeClusterNodePoolDetailBuilder;
    pub use describe_cluster_node_pools::DescribeClusterNodePoolsBuilder;
    pub use describe_cluster_nodes::DescribeClusterNodesBuilder;
    pub use describe_cluster_tasks::DescribeClusterTasksBuilder;
    pub use describe_cluster_user_kubeconfig::DescribeClusterUserKubeconfigBuilder;
    pub use describe_cluster_v2_user_kubeconfig::DescribeClusterV2UserKubeconfigBuilder;
    pub use describe_cluster_vuls::DescribeClusterVulsBuilder;
    pub use describe_clusters_for_region::DescribeClustersForRegionBuilder;
    pub use describe_events::DescribeEventsBuilder;
    pub use describe_events_for_region::DescribeEventsForRegionBuilder;
    pub use describe_external_agent::DescribeExternalAgentBuilder;
    pub use describe_node_pool_vuls::DescribeNodePoolVulsBuilder;
    pub use describe_policy_details::DescribePolicyDetailsBuilder;
    pub use describe_policy_governance_in_cluster::DescribePolicyGovernanceInClusterBuilder;
    pub use describe_policy_instances_status::DescribePolicyInstancesStatusBuilder;
    pub use describe_regions::DescribeRegionsBuilder;
    pub use describe_subaccount_k8s_cluster_user_config::DescribeSubaccountK8sClusterUserConfigBuilder;
    pub use describe_task_info::DescribeTaskInfoBuilder;
    pub use describe_templates::DescribeTemplatesBuilder;
    pub use describe_user_quota::DescribeUserQuotaBuilder;
    pub use fix_node_pool_vuls::FixNodePoolVulsBuilder;
    pub use get_cluster_addon_instance::GetClusterAddonInstanceBuilder;
    pub use get_cluster_audit_project::GetClusterAuditProjectBuilder;
    pub use get_cluster_check::GetClusterCheckBuilder;
    pub use get_cluster_diagnosis_check_items::GetClusterDiagnosisCheckItemsBuilder;
    pub use get_cluster_diagnosis_result::GetClusterDiagnosisResultBuilder;
    pub use get_cluster_inspect_config::GetClusterInspectConfigBuilder;
    pub use get_cluster_inspect_report_detail::GetClusterInspectReportDetailBuilder;
    pub use get_upgrade_status::GetUpgradeStatusBuilder;
    pub use install_node_pool_components::InstallNodePoolComponentsBuilder;
    pub use list_addons::ListAddonsBuilder;
    pub use list_auto_repair_policies::ListAutoRepairPoliciesBuilder;
    pub use list_cluster_addon_instance_resources::ListClusterAddonInstanceResourcesBuilder;
    pub use list_cluster_addon_instances::ListClusterAddonInstancesBuilder;
    pub use list_cluster_checks::ListClusterChecksBuilder;
    pub use list_cluster_inspect_reports::ListClusterInspectReportsBuilder;
    pub use list_cluster_kubeconfig_states::ListClusterKubeconfigStatesBuilder;
    pub use list_node_pool_component_instance_nodes::ListNodePoolComponentInstanceNodesBuilder;
    pub use list_node_pool_component_instances::ListNodePoolComponentInstancesBuilder;
    pub use list_node_pool_components::ListNodePoolComponentsBuilder;
    pub use list_operation_plans::ListOperationPlansBuilder;
    pub use list_operation_plans_for_region::ListOperationPlansForRegionBuilder;
    pub use list_tag_resources::ListTagResourcesBuilder;
    pub use list_user_kube_config_states::ListUserKubeConfigStatesBuilder;
    pub use migrate_cluster::MigrateClusterBuilder;
    pub use modify_auto_repair_policy::ModifyAutoRepairPolicyBuilder;
    pub use modify_cluster::ModifyClusterBuilder;
    pub use modify_cluster_addon::ModifyClusterAddonBuilder;
    pub use modify_cluster_node_pool::ModifyClusterNodePoolBuilder;
    pub use modify_node_pool_node_config::ModifyNodePoolNodeConfigBuilder;
    pub use modify_policy_instance::ModifyPolicyInstanceBuilder;
    pub use open_ack_service::OpenAckServiceBuilder;
    pub use pause_cluster_upgrade::PauseClusterUpgradeBuilder;
    pub use pause_component_upgrade::PauseComponentUpgradeBuilder;
    pub use pause_task::PauseTaskBuilder;
    pub use remove_cluster_nodes::RemoveClusterNodesBuilder;
    pub use remove_node_pool_nodes::RemoveNodePoolNodesBuilder;
    pub use repair_cluster_node_pool::RepairClusterNodePoolBuilder;
    pub use resume_component_upgrade::ResumeComponentUpgradeBuilder;
    pub use resume_task::ResumeTaskBuilder;
    pub use resume_upgrade_cluster::ResumeUpgradeClusterBuilder;
    pub use revoke_k8s_cluster_kube_config::RevokeK8sClusterKubeConfigBuilder;
    pub use run_cluster_check::RunClusterCheckBuilder;
    pub use run_cluster_inspect::RunClusterInspectBuilder;
    pub use run_node_operation::RunNodeOperationBuilder;
    pub use scale_cluster_node_pool::ScaleClusterNodePoolBuilder;
    pub use scale_out_cluster::ScaleOutClusterBuilder;
    pub use scan_cluster_vuls::ScanClusterVulsBuilder;
    pub use start_alert::StartAlertBuilder;
    pub use stop_alert::StopAlertBuilder;
    pub use sync_cluster_node_pool::SyncClusterNodePoolBuilder;
    pub use tag_resources::TagResourcesBuilder;
    pub use untag_resources::UntagResourcesBuilder;
    pub use update_cluster_audit_log_config::UpdateClusterAuditLogConfigBuilder;
    pub use update_cluster_inspect_config::UpdateClusterInspectConfigBuilder;
    pub use update_contact_group_for_alert::UpdateContactGroupForAlertBuilder;
    pub use update_control_plane_log::UpdateControlPlaneLogBuilder;
    pub use update_k8s_cluster_user_config_expire::UpdateK8sClusterUserConfigExpireBuilder;
    pub use update_kms_encryption::UpdateKMSEncryptionBuilder;
    pub use update_node_pool_component::UpdateNodePoolComponentBuilder;
    pub use update_node_pool_component_instance::UpdateNodePoolComponentInstanceBuilder;
    pub use update_resources_delete_protection::UpdateResourcesDeleteProtectionBuilder;
    pub use update_template::UpdateTemplateBuilder;
    pub use upgrade_cluster::UpgradeClusterBuilder;
    pub use upgrade_cluster_nodepool::UpgradeClusterNodepoolBuilder;
}

#[rustfmt::skip]
mod client;
pub use client::Client;

#[doc(no_inline)]
pub use cs_model::{ErrorCode, ErrorFamily, actions, types};

#[doc(no_inline)]
pub use sdk_runtime::{Config, ConfigError, Credentials, SdkError};
