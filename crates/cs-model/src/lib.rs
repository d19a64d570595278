// @generated from spec/cs/2015-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud CS (API version 2015-12-15): the data types and actions, as documented.
//!
//! Generated from `spec/cs/2015-12-15`. Types are plain serde values with no I/O; send them with the `cs-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! # How this crate is organised
//!
//! - [`types`]: the data types the actions share (`types::Addon`).
//! - [`actions`]: one module per action (`actions::attach_instances::{AttachInstances, AttachInstancesRequest, AttachInstancesResponse}`): the marker type that names the action to the runtime (`sdk_shape::Action`), its request and response, and the documented filter names.
//! - [`ErrorCode`] and [`ErrorFamily`]: every error code the service documents, and their dotted prefixes.
//! - [`SERVICE`]: the documented facts (endpoints, actions, members, limits) as a table the runtime, the CLI and the mock server read.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.
#![warn(missing_docs)]
/// The data types the actions share.
#[rustfmt::skip]
pub mod types {
    pub(crate) mod addon;
    pub(crate) mod addons;
    pub(crate) mod admit_log;
    pub(crate) mod api_server_custom_cert_sans;
    pub(crate) mod approved_label;
    pub(crate) mod audit_log_config;
    pub(crate) mod auto_mode;
    pub(crate) mod auto_repair_policy;
    pub(crate) mod auto_scaling;
    pub(crate) mod auto_upgrade_policy;
    pub(crate) mod auto_vul_fix_policy;
    pub(crate) mod check_item_results;
    pub(crate) mod check_items;
    pub(crate) mod check_service_role_roles;
    pub(crate) mod checks;
    pub(crate) mod cloud_service_roles;
    pub(crate) mod cluster_auto_upgrade;
    pub(crate) mod clusters;
    pub(crate) mod component;
    pub(crate) mod component_groups;
    pub(crate) mod component_instances;
    pub(crate) mod components;
    pub(crate) mod conditions;
    pub(crate) mod config;
    pub(crate) mod containerd_config;
    pub(crate) mod control_plane_config;
    pub(crate) mod control_plane_endpoints_config;
    pub(crate) mod cpu_options;
    pub(crate) mod create_cluster_auto_repair_policy;
    pub(crate) mod create_cluster_auto_vul_fix_policy;
    pub(crate) mod create_cluster_internal_dns_config;
    pub(crate) mod create_cluster_kubernetes_config;
    pub(crate) mod create_cluster_management;
    pub(crate) mod create_cluster_node_config;
    pub(crate) mod create_cluster_node_pool_auto_repair_policy;
    pub(crate) mod create_cluster_node_pool_auto_upgrade_policy;
    pub(crate) mod create_cluster_node_pool_management;
    pub(crate) mod create_cluster_scaling_group;
    pub(crate) mod data;
    pub(crate) mod data_disk;
    pub(crate) mod delete_options;
    pub(crate) mod deny;
    pub(crate) mod describe_cluster_detail_control_plane_config;
    pub(crate) mod describe_cluster_detail_control_plane_endpoints_config;
    pub(crate) mod describe_cluster_detail_load_balancers_config;
    pub(crate) mod describe_cluster_detail_rrsa_config;
    pub(crate) mod describe_cluster_node_pool_detail_node_components;
    pub(crate) mod describe_cluster_node_pool_detail_nodepool_info;
    pub(crate) mod describe_cluster_node_pool_detail_scaling_group;
    pub(crate) mod describe_cluster_node_pools_node_components;
    pub(crate) mod describe_cluster_node_pools_nodepool_info;
    pub(crate) mod describe_cluster_node_pools_scaling_group;
    pub(crate) mod describe_cluster_node_pools_status;
    pub(crate) mod describe_node_pool_vuls_vul_records;
    pub(crate) mod describe_policy_governance_in_cluster_deny;
    pub(crate) mod describe_policy_governance_in_cluster_warn;
    pub(crate) mod describe_task_info_events;
    pub(crate) mod disk_init;
    pub(crate) mod edge_improved_nodepool_quota;
    pub(crate) mod eflo_node_group;
    pub(crate) mod envs;
    pub(crate) mod error;
    pub(crate) mod events;
    pub(crate) mod exclusions;
    pub(crate) mod file_system;
    pub(crate) mod helm_release;
    pub(crate) mod hugepage;
    pub(crate) mod incidents;
    pub(crate) mod inquiring_label;
    pub(crate) mod install_node_pool_components_components;
    pub(crate) mod install_node_pool_components_config;
    pub(crate) mod install_node_pool_components_rolling_policy;
    pub(crate) mod instance_metadata_options;
    pub(crate) mod instance_patterns;
    pub(crate) mod interconnect_config;
    pub(crate) mod internal_dns_config;
    pub(crate) mod intervention;
    pub(crate) mod items;
    pub(crate) mod kubelet_config;
    pub(crate) mod kubernetes_config;
    pub(crate) mod kubernetes_objects;
    pub(crate) mod list;
    pub(crate) mod list_auto_repair_policies_items;
    pub(crate) mod list_cluster_addon_instances_addons;
    pub(crate) mod list_node_pool_component_instance_nodes_config;
    pub(crate) mod list_node_pool_components_components;
    pub(crate) mod list_operation_plans_plans;
    pub(crate) mod list_user_kube_config_states_states;
    pub(crate) mod load_balancers_config;
    pub(crate) mod logging;
    pub(crate) mod logs;
    pub(crate) mod maintenance_window;
    pub(crate) mod management;
    pub(crate) mod modify_cluster_control_plane_config;
    pub(crate) mod modify_cluster_control_plane_endpoints_config;
    pub(crate) mod modify_cluster_node_pool_auto_upgrade_policy;
    pub(crate) mod modify_cluster_node_pool_eflo_node_group;
    pub(crate) mod modify_cluster_node_pool_management;
    pub(crate) mod modify_cluster_node_pool_nodepool_info;
    pub(crate) mod modify_cluster_node_pool_scaling_group;
    pub(crate) mod modify_node_pool_node_config_rolling_policy;
    pub(crate) mod multi_az_policy;
    pub(crate) mod newer_versions;
    pub(crate) mod node_components;
    pub(crate) mod node_config;
    pub(crate) mod node_list;
    pub(crate) mod node_os_config;
    pub(crate) mod nodepool;
    pub(crate) mod nodepool_info;
    pub(crate) mod nodepools;
    pub(crate) mod nodes;
    pub(crate) mod on_state;
    pub(crate) mod operation_policy;
    pub(crate) mod operations;
    pub(crate) mod os_config;
    pub(crate) mod package_list;
    pub(crate) mod page;
    pub(crate) mod page_info;
    pub(crate) mod pause_policy;
    pub(crate) mod plans;
    pub(crate) mod policy_instances;
    pub(crate) mod private_pool_options;
    pub(crate) mod regions;
    pub(crate) mod repair_procedure;
    pub(crate) mod reports;
    pub(crate) mod reserved_memory;
    pub(crate) mod resource_pool_options;
    pub(crate) mod resource_type;
    pub(crate) mod roles;
    pub(crate) mod rolling_policy;
    pub(crate) mod rollout_policy;
    pub(crate) mod rrsa_config;
    pub(crate) mod rules;
    pub(crate) mod runtime;
    pub(crate) mod scale_out_cluster_worker_data_disks;
    pub(crate) mod scaling_group;
    pub(crate) mod severity;
    pub(crate) mod spot_price_limit;
    pub(crate) mod stages;
    pub(crate) mod state;
    pub(crate) mod state_reason;
    pub(crate) mod states;
    pub(crate) mod status;
    pub(crate) mod summary;
    pub(crate) mod system_disk_performance_level;
    pub(crate) mod system_events_logging;
    pub(crate) mod tag;
    pub(crate) mod tag_resource;
    pub(crate) mod tag_resources;
    pub(crate) mod tags;
    pub(crate) mod taint;
    pub(crate) mod target;
    pub(crate) mod task_result;
    pub(crate) mod tasks;
    pub(crate) mod tee_config;
    pub(crate) mod templates;
    pub(crate) mod total_violations;
    pub(crate) mod tracing;
    pub(crate) mod update_node_pool_component_config;
    pub(crate) mod update_node_pool_component_rolling_policy;
    pub(crate) mod upgrade_cluster_rolling_policy;
    pub(crate) mod upgrade_config;
    pub(crate) mod upgrade_task;
    pub(crate) mod violation;
    pub(crate) mod violations;
    pub(crate) mod vul_list;
    pub(crate) mod vul_records;
    pub(crate) mod warn;
    pub(crate) mod weekly_period;
    pub(crate) mod worker_data_disks;
    pub use addon::Addon;
    pub use addons::Addons;
    pub use admit_log::AdmitLog;
    pub use api_server_custom_cert_sans::ApiServerCustomCertSans;
    pub use approved_label::ApprovedLabel;
    pub use audit_log_config::AuditLogConfig;
    pub use auto_mode::AutoMode;
    pub use auto_repair_policy::AutoRepairPolicy;
    pub use auto_scaling::AutoScaling;
    pub use auto_upgrade_policy::AutoUpgradePolicy;
    pub use auto_vul_fix_policy::AutoVulFixPolicy;
    pub use check_item_results::CheckItemResults;
    pub use check_items::CheckItems;
    pub use check_service_role_roles::CheckServiceRoleRoles;
    pub use checks::Checks;
    pub use cloud_service_roles::CloudServiceRoles;
    pub use cluster_auto_upgrade::ClusterAutoUpgrade;
    pub use clusters::Clusters;
    pub use component::Component;
    pub use component_groups::ComponentGroups;
    pub use component_instances::ComponentInstances;
    pub use components::Components;
    pub use conditions::Conditions;
    pub use config::Config;
    pub use containerd_config::ContainerdConfig;
    pub use control_plane_config::ControlPlaneConfig;
    pub use control_plane_endpoints_config::ControlPlaneEndpointsConfig;
    pub use cpu_options::CpuOptions;
    pub use create_cluster_auto_repair_policy::CreateClusterAutoRepairPolicy;
    pub use create_cluster_auto_vul_fix_policy::CreateClusterAutoVulFixPolicy;
    pub use create_cluster_internal_dns_config::CreateClusterInternalDnsConfig;
    pub use create_cluster_kubernetes_config::CreateClusterKubernetesConfig;
    pub use create_cluster_management::CreateClusterManagement;
    pub use create_cluster_node_config::CreateClusterNodeConfig;
    pub use create_cluster_node_pool_auto_repair_policy::CreateClusterNodePoolAutoRepairPolicy;
    pub use create_cluster_node_pool_auto_upgrade_policy::CreateClusterNodePoolAutoUpgradePolicy;
    pub use create_cluster_node_pool_management::CreateClusterNodePoolManagement;
    pub use create_cluster_scaling_group::CreateClusterScalingGroup;
    pub use data::Data;
    pub use data_disk::DataDisk;
    pub use delete_options::DeleteOptions;
    pub use deny::Deny;
    pub use describe_cluster_detail_control_plane_config::DescribeClusterDetailControlPlaneConfig;
    pub use describe_cluster_detail_control_plane_endpoints_config::DescribeClusterDetailControlPlaneEndpointsConfig;
    pub use describe_cluster_detail_load_balancers_config::DescribeClusterDetailLoadBalancersConfig;
    pub use describe_cluster_detail_rrsa_config::DescribeClusterDetailRrsaConfig;
    pub use describe_cluster_node_pool_detail_node_components::DescribeClusterNodePoolDetailNodeComponents;
    pub use describe_cluster_node_pool_detail_nodepool_info::DescribeClusterNodePoolDetailNodepoolInfo;
    pub use describe_cluster_node_pool_detail_scaling_group::DescribeClusterNodePoolDetailScalingGroup;
    pub use describe_cluster_node_pools_node_components::DescribeClusterNodePoolsNodeComponents;
    pub use describe_cluster_node_pools_nodepool_info::DescribeClusterNodePoolsNodepoolInfo;
    pub use describe_cluster_node_pools_scaling_group::DescribeClusterNodePoolsScalingGroup;
    pub use describe_cluster_node_pools_status::DescribeClusterNodePoolsStatus;
    pub use describe_node_pool_vuls_vul_records::DescribeNodePoolVulsVulRecords;
    pub use describe_policy_governance_in_cluster_deny::DescribePolicyGovernanceInClusterDeny;
    pub use describe_policy_governance_in_cluster_warn::DescribePolicyGovernanceInClusterWarn;
    pub use describe_task_info_events::DescribeTaskInfoEvents;
    pub use disk_init::DiskInit;
    pub use edge_improved_nodepool_quota::EdgeImprovedNodepoolQuota;
    pub use eflo_node_group::EfloNodeGroup;
    pub use envs::Envs;
    pub use error::Error;
    pub use events::Events;
    pub use exclusions::Exclusions;
    pub use file_system::FileSystem;
    pub use helm_release::HelmRelease;
    pub use hugepage::Hugepage;
    pub use incidents::Incidents;
    pub use inquiring_label::InquiringLabel;
    pub use install_node_pool_components_components::InstallNodePoolComponentsComponents;
    pub use install_node_pool_components_config::InstallNodePoolComponentsConfig;
    pub use install_node_pool_components_rolling_policy::InstallNodePoolComponentsRollingPolicy;
    pub use instance_metadata_options::InstanceMetadataOptions;
    pub use instance_patterns::InstancePatterns;
    pub use interconnect_config::InterconnectConfig;
    pub use internal_dns_config::InternalDnsConfig;
    pub use intervention::Intervention;
    pub use items::Items;
    pub use kubelet_config::KubeletConfig;
    pub use kubernetes_config::KubernetesConfig;
    pub use kubernetes_objects::KubernetesObjects;
    pub use list::List;
    pub use list_auto_repair_policies_items::ListAutoRepairPoliciesItems;
    pub use list_cluster_addon_instances_addons::ListClusterAddonInstancesAddons;
    pub use list_node_pool_component_instance_nodes_config::ListNodePoolComponentInstanceNodesConfig;
    pub use list_node_pool_components_components::ListNodePoolComponentsComponents;
    pub use list_operation_plans_plans::ListOperationPlansPlans;
    pub use list_user_kube_config_states_states::ListUserKubeConfigStatesStates;
    pub use load_balancers_config::LoadBalancersConfig;
    pub use logging::Logging;
    pub use logs::Logs;
    pub use maintenance_window::MaintenanceWindow;
    pub use management::Management;
    pub use modify_cluster_control_plane_config::ModifyClusterControlPlaneConfig;
    pub use modify_cluster_control_plane_endpoints_config::ModifyClusterControlPlaneEndpointsConfig;
    pub use modify_cluster_node_pool_auto_upgrade_policy::ModifyClusterNodePoolAutoUpgradePolicy;
    pub use modify_cluster_node_pool_eflo_node_group::ModifyClusterNodePoolEfloNodeGroup;
    pub use modify_cluster_node_pool_management::ModifyClusterNodePoolManagement;
    pub use modify_cluster_node_pool_nodepool_info::ModifyClusterNodePoolNodepoolInfo;
    pub use modify_cluster_node_pool_scaling_group::ModifyClusterNodePoolScalingGroup;
    pub use modify_node_pool_node_config_rolling_policy::ModifyNodePoolNodeConfigRollingPolicy;
    pub use multi_az_policy::MultiAzPolicy;
    pub use newer_versions::NewerVersions;
    pub use node_components::NodeComponents;
    pub use node_config::NodeConfig;
    pub use node_list::NodeList;
    pub use node_os_config::NodeOsConfig;
    pub use nodepool::Nodepool;
    pub use nodepool_info::NodepoolInfo;
    pub use nodepools::Nodepools;
    pub use nodes::Nodes;
    pub use on_state::OnState;
    pub use operation_policy::OperationPolicy;
    pub use operations::Operations;
    pub use os_config::OsConfig;
    pub use package_list::PackageList;
    pub use page::Page;
    pub use page_info::PageInfo;
    pub use pause_policy::PausePolicy;
    pub use plans::Plans;
    pub use policy_instances::PolicyInstances;
    pub use private_pool_options::PrivatePoolOptions;
    pub use regions::Regions;
    pub use repair_procedure::RepairProcedure;
    pub use reports::Reports;
    pub use reserved_memory::ReservedMemory;
    pub use resource_pool_options::ResourcePoolOptions;
    pub use resource_type::ResourceType;
    pub use roles::Roles;
    pub use rolling_policy::RollingPolicy;
    pub use rollout_policy::RolloutPolicy;
    pub use rrsa_config::RrsaConfig;
    pub use rules::Rules;
    pub use runtime::Runtime;
    pub use scale_out_cluster_worker_data_disks::ScaleOutClusterWorkerDataDisks;
    pub use scaling_group::ScalingGroup;
    pub use severity::Severity;
    pub use spot_price_limit::SpotPriceLimit;
    pub use stages::Stages;
    pub use state::State;
    pub use state_reason::StateReason;
    pub use states::States;
    pub use status::Status;
    pub use summary::Summary;
    pub use system_disk_performance_level::SystemDiskPerformanceLevel;
    pub use system_events_logging::SystemEventsLogging;
    pub use tag::Tag;
    pub use tag_resource::TagResource;
    pub use tag_resources::TagResources;
    pub use tags::Tags;
    pub use taint::Taint;
    pub use target::Target;
    pub use task_result::TaskResult;
    pub use tasks::Tasks;
    pub use tee_config::TeeConfig;
    pub use templates::Templates;
    pub use total_violations::TotalViolations;
    pub use tracing::Tracing;
    pub use update_node_pool_component_config::UpdateNodePoolComponentConfig;
    pub use update_node_pool_component_rolling_policy::UpdateNodePoolComponentRollingPolicy;
    pub use upgrade_cluster_rolling_policy::UpgradeClusterRollingPolicy;
    pub use upgrade_config::UpgradeConfig;
    pub use upgrade_task::UpgradeTask;
    pub use violation::Violation;
    pub use violations::Violations;
    pub use vul_list::VulList;
    pub use vul_records::VulRecords;
    pub use warn::Warn;
    pub use weekly_period::WeeklyPeriod;
    pub use worker_data_disks::WorkerDataDisks;
}

/// One module per action: its marker type, request, response and filter names.
#[rustfmt::skip]
pub mod actions {
    /// The `AttachInstances` action.
    pub mod attach_instances;
    /// The `AttachInstancesToNodePool` action.
    pub mod attach_instances_to_node_pool;
    /// The `CancelClusterUpgrade` action.
    pub mod cancel_cluster_upgrade;
    /// The `CancelComponentUpgrade` action.
    pub mod cancel_component_upgrade;
    /// The `CancelOperationPlan` action.
    pub mod cancel_operation_plan;
    /// The `CancelTask` action.
    pub mod cancel_task;
    /// The `CheckControlPlaneLogEnable` action.
    pub mod check_control_plane_log_enable;
    /// The `CheckServiceRole` action.
    pub mod check_service_role;
    /// The `CleanClusterUserPermissions` action.
    pub mod clean_cluster_user_permissions;
    /// The `CleanUserPermissions` action.
    pub mod clean_user_permissions;
    /// The `CreateAutoRepairPolicy` action.
    pub mod create_auto_repair_policy;
    /// The `CreateAutoscalingConfig` action.
    pub mod create_autoscaling_config;
    /// The `CreateCluster` action.
    pub mod create_cluster;
    /// The `CreateClusterDiagnosis` action.
    pub mod create_cluster_diagnosis;
    /// The `CreateClusterInspectConfig` action.
    pub mod create_cluster_inspect_config;
    /// The `CreateClusterNodePool` action.
    pub mod create_cluster_node_pool;
    /// The `CreateKubernetesTrigger` action.
    pub mod create_kubernetes_trigger;
    /// The `CreateNodePoolComponentInstances` action.
    pub mod create_node_pool_component_instances;
    /// The `CreateTemplate` action.
    pub mod create_template;
    /// The `CreateTrigger` action.
    pub mod create_trigger;
    /// The `DeleteAutoRepairPolicy` action.
    pub mod delete_auto_repair_policy;
    /// The `DeleteCluster` action.
    pub mod delete_cluster;
    /// The `DeleteClusterInspectConfig` action.
    pub mod delete_cluster_inspect_config;
    /// The `DeleteClusterNodepool` action.
    pub mod delete_cluster_nodepool;
    /// The `DeleteClusterNodes` action.
    pub mod delete_cluster_nodes;
    /// The `DeleteKubernetesTrigger` action.
    pub mod delete_kubernetes_trigger;
    /// The `DeleteNodePoolComponentInstance` action.
    pub mod delete_node_pool_component_instance;
    /// The `DeletePolicyInstance` action.
    pub mod delete_policy_instance;
    /// The `DeleteTemplate` action.
    pub mod delete_template;
    /// The `DeleteTrigger` action.
    pub mod delete_trigger;
    /// The `DeployPolicyInstance` action.
    pub mod deploy_policy_instance;
    /// The `DescribeAddon` action.
    pub mod describe_addon;
    /// The `DescribeAddons` action.
    pub mod describe_addons;
    /// The `DescribeAutoRepairPolicy` action.
    pub mod describe_auto_repair_policy;
    /// The `DescribeClusterAddonInstance` action.
    pub mod describe_cluster_addon_instance;
    /// The `DescribeClusterAddonMetadata` action.
    pub mod describe_cluster_addon_metadata;
    /// The `DescribeClusterDetail` action.
    pub mod describe_cluster_detail;
    /// The `DescribeClusterEvents` action.
    pub mod describe_cluster_events;
    /// The `DescribeClusterNodePoolDetail` action.
    pub mod describe_cluster_node_pool_detail;
    /// The `DescribeClusterNodePools` action.
    pub mod describe_cluster_node_pools;
    /// The `DescribeClusterNodes` action.
    pub mod describe_cluster_nodes;
    /// The `DescribeClusterTasks` action.
    pub mod describe_cluster_tasks;
    /// The `DescribeClusterUserKubeconfig` action.
    pub mod describe_cluster_user_kubeconfig;
    /// The `DescribeClusterV2UserKubeconfig` action.
    pub mod describe_cluster_v2_user_kubeconfig;
    /// The `DescribeClusterVuls` action.
    pub mod describe_cluster_vuls;
    /// The `DescribeClustersForRegion` action.
    pub mod describe_clusters_for_region;
    /// The `DescribeEvents` action.
    pub mod describe_events;
    /// The `DescribeEventsForRegion` action.
    pub mod describe_events_for_region;
    /// The `DescribeExternalAgent` action.
    pub mod describe_external_agent;
    /// The `DescribeNodePoolVuls` action.
    pub mod describe_node_pool_vuls;
    /// The `DescribePolicyDetails` action.
    pub mod describe_policy_details;
    /// The `DescribePolicyGovernanceInCluster` action.
    pub mod describe_policy_governance_in_cluster;
    /// The `DescribePolicyInstancesStatus` action.
    pub mod describe_policy_instances_status;
    /// The `DescribeRegions` action.
    pub mod describe_regions;
    /// The `DescribeSubaccountK8sClusterUserConfig` action.
    pub mod describe_subaccount_k8s_cluster_user_config;
    /// The `DescribeTaskInfo` action.
    pub mod describe_task_info;
    /// The `DescribeTemplates` action.
    pub mod describe_templates;
    /// The `DescribeUserQuota` action.
    pub mod describe_user_quota;
    /// The `FixNodePoolVuls` action.
    pub mod fix_node_pool_vuls;
    /// The `GetClusterAddonInstance` action.
    pub mod get_cluster_addon_instance;
    /// The `GetClusterAuditProject` action.
    pub mod get_cluster_audit_project;
    /// The `GetClusterCheck` action.
    pub mod get_cluster_check;
    /// The `GetClusterDiagnosisCheckItems` action.
    pub mod get_cluster_diagnosis_check_items;
    /// The `GetClusterDiagnosisResult` action.
    pub mod get_cluster_diagnosis_result;
    /// The `GetClusterInspectConfig` action.
    pub mod get_cluster_inspect_config;
    /// The `GetClusterInspectReportDetail` action.
    pub mod get_cluster_inspect_report_detail;
    /// The `GetUpgradeStatus` action.
    pub mod get_upgrade_status;
    /// The `InstallNodePoolComponents` action.
    pub mod install_node_pool_components;
    /// The `ListAddons` action.
    pub mod list_addons;
    /// The `ListAutoRepairPolicies` action.
    pub mod list_auto_repair_policies;
    /// The `ListClusterAddonInstanceResources` action.
    pub mod list_cluster_addon_instance_resources;
    /// The `ListClusterAddonInstances` action.
    pub mod list_cluster_addon_instances;
    /// The `ListClusterChecks` action.
    pub mod list_cluster_checks;
    /// The `ListClusterInspectReports` action.
    pub mod list_cluster_inspect_reports;
    /// The `ListClusterKubeconfigStates` action.
    pub mod list_cluster_kubeconfig_states;
    /// The `ListNodePoolComponentInstanceNodes` action.
    pub mod list_node_pool_component_instance_nodes;
    /// The `ListNodePoolComponentInstances` action.
    pub mod list_node_pool_component_instances;
    /// The `ListNodePoolComponents` action.
    pub mod list_node_pool_components;
    /// The `ListOperationPlans` action.
    pub mod list_operation_plans;
    /// The `ListOperationPlansForRegion` action.
    pub mod list_operation_plans_for_region;
    /// The `ListTagResources` action.
    pub mod list_tag_resources;
    /// The `ListUserKubeConfigStates` action.
    pub mod list_user_kube_config_states;
    /// The `MigrateCluster` action.
    pub mod migrate_cluster;
    /// The `ModifyAutoRepairPolicy` action.
    pub mod modify_auto_repair_policy;
    /// The `ModifyCluster` action.
    pub mod modify_cluster;
    /// The `ModifyClusterAddon` action.
    pub mod modify_cluster_addon;
    /// The `ModifyClusterNodePool` action.
    pub mod modify_cluster_node_pool;
    /// The `ModifyNodePoolNodeConfig` action.
    pub mod modify_node_pool_node_config;
    /// The `ModifyPolicyInstance` action.
    pub mod modify_policy_instance;
    /// The `OpenAckService` action.
    pub mod open_ack_service;
    /// The `PauseClusterUpgrade` action.
    pub mod pause_cluster_upgrade;
    /// The `PauseComponentUpgrade` action.
    pub mod pause_component_upgrade;
    /// The `PauseTask` action.
    pub mod pause_task;
    /// The `RemoveClusterNodes` action.
    pub mod remove_cluster_nodes;
    /// The `RemoveNodePoolNodes` action.
    pub mod remove_node_pool_nodes;
    /// The `RepairClusterNodePool` action.
    pub mod repair_cluster_node_pool;
    /// The `ResumeComponentUpgrade` action.
    pub mod resume_component_upgrade;
    /// The `ResumeTask` action.
    pub mod resume_task;
    /// The `ResumeUpgradeCluster` action.
    pub mod resume_upgrade_cluster;
    /// The `RevokeK8sClusterKubeConfig` action.
    pub mod revoke_k8s_cluster_kube_config;
    /// The `RunClusterCheck` action.
    pub mod run_cluster_check;
    /// The `RunClusterInspect` action.
    pub mod run_cluster_inspect;
    /// The `RunNodeOperation` action.
    pub mod run_node_operation;
    /// The `ScaleClusterNodePool` action.
    pub mod scale_cluster_node_pool;
    /// The `ScaleOutCluster` action.
    pub mod scale_out_cluster;
    /// The `ScanClusterVuls` action.
    pub mod scan_cluster_vuls;
    /// The `StartAlert` action.
    pub mod start_alert;
    /// The `StopAlert` action.
    pub mod stop_alert;
    /// The `SyncClusterNodePool` action.
    pub mod sync_cluster_node_pool;
    /// The `TagResources` action.
    pub mod tag_resources;
    /// The `UntagResources` action.
    pub mod untag_resources;
    /// The `UpdateClusterAuditLogConfig` action.
    pub mod update_cluster_audit_log_config;
    /// The `UpdateClusterInspectConfig` action.
    pub mod update_cluster_inspect_config;
    /// The `UpdateContactGroupForAlert` action.
    pub mod update_contact_group_for_alert;
    /// The `UpdateControlPlaneLog` action.
    pub mod update_control_plane_log;
    /// The `UpdateK8sClusterUserConfigExpire` action.
    pub mod update_k8s_cluster_user_config_expire;
    /// The `UpdateKMSEncryption` action.
    pub mod update_kms_encryption;
    /// The `UpdateNodePoolComponent` action.
    pub mod update_node_pool_component;
    /// The `UpdateNodePoolComponentInstance` action.
    pub mod update_node_pool_component_instance;
    /// The `UpdateResourcesDeleteProtection` action.
    pub mod update_resources_delete_protection;
    /// The `UpdateTemplate` action.
    pub mod update_template;
    /// The `UpgradeCluster` action.
    pub mod upgrade_cluster;
    /// The `UpgradeClusterNodepool` action.
    pub mod upgrade_cluster_nodepool;
}

#[rustfmt::skip]
mod errors;
#[rustfmt::skip]
mod service;
#[rustfmt::skip]
mod each;
pub use errors::{ErrorCode, ErrorFamily};
pub use service::SERVICE;
