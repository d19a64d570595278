// @generated from spec/cs/2015-12-15 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service, for code generic over
//! them (the `sdk-services` crate and the tests); hidden from the documentation, as
//! they are not the crate's API.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
/// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
/// the service this way.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_action {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::actions::attach_instances::AttachInstances); $m !
        ($($($args)*,)?
        $crate::actions::attach_instances_to_node_pool::AttachInstancesToNodePool); $m !
        ($($($args)*,)? $crate::actions::cancel_cluster_upgrade::CancelClusterUpgrade);
        $m ! ($($($args)*,)?
        $crate::actions::cancel_component_upgrade::CancelComponentUpgrade); $m !
        ($($($args)*,)? $crate::actions::cancel_operation_plan::CancelOperationPlan); $m
        ! ($($($args)*,)? $crate::actions::cancel_task::CancelTask); $m ! ($($($args)*,)?
        $crate::actions::check_control_plane_log_enable::CheckControlPlaneLogEnable); $m
        ! ($($($args)*,)? $crate::actions::check_service_role::CheckServiceRole); $m !
        ($($($args)*,)?
        $crate::actions::clean_cluster_user_permissions::CleanClusterUserPermissions); $m
        ! ($($($args)*,)? $crate::actions::clean_user_permissions::CleanUserPermissions);
        $m ! ($($($args)*,)?
        $crate::actions::create_auto_repair_policy::CreateAutoRepairPolicy); $m !
        ($($($args)*,)?
        $crate::actions::create_autoscaling_config::CreateAutoscalingConfig); $m !
        ($($($args)*,)? $crate::actions::create_cluster::CreateCluster); $m !
        ($($($args)*,)?
        $crate::actions::create_cluster_diagnosis::CreateClusterDiagnosis); $m !
        ($($($args)*,)?
        $crate::actions::create_cluster_inspect_config::CreateClusterInspectConfig); $m !
        ($($($args)*,)?
        $crate::actions::create_cluster_node_pool::CreateClusterNodePool); $m !
        ($($($args)*,)?
        $crate::actions::create_kubernetes_trigger::CreateKubernetesTrigger); $m !
        ($($($args)*,)?
        $crate::actions::create_node_pool_component_instances::CreateNodePoolComponentInstances);
        $m ! ($($($args)*,)? $crate::actions::create_template::CreateTemplate); $m !
        ($($($args)*,)? $crate::actions::create_trigger::CreateTrigger); $m !
        ($($($args)*,)?
        $crate::actions::delete_auto_repair_policy::DeleteAutoRepairPolicy); $m !
        ($($($args)*,)? $crate::actions::delete_cluster::DeleteCluster); $m !
        ($($($args)*,)?
        $crate::actions::delete_cluster_inspect_config::DeleteClusterInspectConfig); $m !
        ($($($args)*,)? $crate::actions::delete_cluster_nodepool::DeleteClusterNodepool);
        $m ! ($($($args)*,)? $crate::actions::delete_cluster_nodes::DeleteClusterNodes);
        $m ! ($($($args)*,)?
        $crate::actions::delete_kubernetes_trigger::DeleteKubernetesTrigger); $m !
        ($($($args)*,)?
        $crate::actions::delete_node_pool_component_instance::DeleteNodePoolComponentInstance);
        $m ! ($($($args)*,)?
        $crate::actions::delete_policy_instance::DeletePolicyInstance); $m !
        ($($($args)*,)? $crate::actions::delete_template::DeleteTemplate); $m !
        ($($($args)*,)? $crate::actions::delete_trigger::DeleteTrigger); $m !
        ($($($args)*,)? $crate::actions::deploy_policy_instance::DeployPolicyInstance);
        $m ! ($($($args)*,)? $crate::actions::describe_addon::DescribeAddon); $m !
        ($($($args)*,)? $crate::actions::describe_addons::DescribeAddons); $m !
        ($($($args)*,)?
        $crate::actions::describe_auto_repair_policy::DescribeAutoRepairPolicy); $m !
        ($($($args)*,)?
        $crate::actions::describe_cluster_addon_instance::DescribeClusterAddonInstance);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_addon_metadata::DescribeClusterAddonMetadata);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_detail::DescribeClusterDetail); $m !
        ($($($args)*,)? $crate::actions::describe_cluster_events::DescribeClusterEvents);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_node_pool_detail::DescribeClusterNodePoolDetail);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_node_pools::DescribeClusterNodePools); $m !
        ($($($args)*,)? $crate::actions::describe_cluster_nodes::DescribeClusterNodes);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_tasks::DescribeClusterTasks); $m !
        ($($($args)*,)?
        $crate::actions::describe_cluster_user_kubeconfig::DescribeClusterUserKubeconfig);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_v2_user_kubeconfig::DescribeClusterV2UserKubeconfig);
        $m ! ($($($args)*,)?
        $crate::actions::describe_cluster_vuls::DescribeClusterVuls); $m !
        ($($($args)*,)?
        $crate::actions::describe_clusters_for_region::DescribeClustersForRegion); $m !
        ($($($args)*,)? $crate::actions::describe_events::DescribeEvents); $m !
        ($($($args)*,)?
        $crate::actions::describe_events_for_region::DescribeEventsForRegion); $m !
        ($($($args)*,)? $crate::actions::describe_external_agent::DescribeExternalAgent);
        $m ! ($($($args)*,)?
        $crate::actions::describe_node_pool_vuls::DescribeNodePoolVuls); $m !
        ($($($args)*,)? $crate::actions::describe_policy_details::DescribePolicyDetails);
        $m ! ($($($args)*,)?
        $crate::actions::describe_policy_governance_in_cluster::DescribePolicyGovernanceInCluster);
        $m ! ($($($args)*,)?
        $crate::actions::describe_policy_instances_status::DescribePolicyInstancesStatus);
        $m ! ($($($args)*,)? $crate::actions::describe_regions::DescribeRegions); $m !
        ($($($args)*,)?
        $crate::actions::describe_subaccount_k8s_cluster_user_config::DescribeSubaccountK8sClusterUserConfig);
        $m ! ($($($args)*,)? $crate::actions::describe_task_info::DescribeTaskInfo); $m !
        ($($($args)*,)? $crate::actions::describe_templates::DescribeTemplates); $m !
        ($($($args)*,)? $crate::actions::describe_user_quota::DescribeUserQuota); $m !
        ($($($args)*,)? $crate::actions::fix_node_pool_vuls::FixNodePoolVuls); $m !
        ($($($args)*,)?
        $crate::actions::get_cluster_addon_instance::GetClusterAddonInstance); $m !
        ($($($args)*,)?
        $crate::actions::get_cluster_audit_project::GetClusterAuditProject); $m !
        ($($($args)*,)? $crate::actions::get_cluster_check::GetClusterCheck); $m !
        ($($($args)*,)?
        $crate::actions::get_cluster_diagnosis_check_items::GetClusterDiagnosisCheckItems);
        $m ! ($($($args)*,)?
        $crate::actions::get_cluster_diagnosis_result::GetClusterDiagnosisResult); $m !
        ($($($args)*,)?
        $crate::actions::get_cluster_inspect_config::GetClusterInspectConfig); $m !
        ($($($args)*,)?
        $crate::actions::get_cluster_inspect_report_detail::GetClusterInspectReportDetail);
        $m ! ($($($args)*,)? $crate::actions::get_upgrade_status::GetUpgradeStatus); $m !
        ($($($args)*,)?
        $crate::actions::install_node_pool_components::InstallNodePoolComponents); $m !
        ($($($args)*,)? $crate::actions::list_addons::ListAddons); $m ! ($($($args)*,)?
        $crate::actions::list_auto_repair_policies::ListAutoRepairPolicies); $m !
        ($($($args)*,)?
        $crate::actions::list_cluster_addon_instance_resources::ListClusterAddonInstanceResources);
        $m ! ($($($args)*,)?
        $crate::actions::list_cluster_addon_instances::ListClusterAddonInstances); $m !
        ($($($args)*,)? $crate::actions::list_cluster_checks::ListClusterChecks); $m !
        ($($($args)*,)?
        $crate::actions::list_cluster_inspect_reports::ListClusterInspectReports); $m !
        ($($($args)*,)?
        $crate::actions::list_cluster_kubeconfig_states::ListClusterKubeconfigStates); $m
        ! ($($($args)*,)?
        $crate::actions::list_node_pool_component_instance_nodes::ListNodePoolComponentInstanceNodes);
        $m ! ($($($args)*,)?
        $crate::actions::list_node_pool_component_instances::ListNodePoolComponentInstances);
        $m ! ($($($args)*,)?
        $crate::actions::list_node_pool_components::ListNodePoolComponents); $m !
        ($($($args)*,)? $crate::actions::list_operation_plans::ListOperationPlans); $m !
        ($($($args)*,)?
        $crate::actions::list_operation_plans_for_region::ListOperationPlansForRegion);
        $m ! ($($($args)*,)? $crate::actions::list_tag_resources::ListTagResources); $m !
        ($($($args)*,)?
        $crate::actions::list_user_kube_config_states::ListUserKubeConfigStates); $m !
        ($($($args)*,)? $crate::actions::migrate_cluster::MigrateCluster); $m !
        ($($($args)*,)?
        $crate::actions::modify_auto_repair_policy::ModifyAutoRepairPolicy); $m !
        ($($($args)*,)? $crate::actions::modify_cluster::ModifyCluster); $m !
        ($($($args)*,)? $crate::actions::modify_cluster_addon::ModifyClusterAddon); $m !
        ($($($args)*,)?
        $crate::actions::modify_cluster_node_pool::ModifyClusterNodePool); $m !
        ($($($args)*,)?
        $crate::actions::modify_node_pool_node_config::ModifyNodePoolNodeConfig); $m !
        ($($($args)*,)? $crate::actions::modify_policy_instance::ModifyPolicyInstance);
        $m ! ($($($args)*,)? $crate::actions::open_ack_service::OpenAckService); $m !
        ($($($args)*,)? $crate::actions::pause_cluster_upgrade::PauseClusterUpgrade); $m
        ! ($($($args)*,)?
        $crate::actions::pause_component_upgrade::PauseComponentUpgrade); $m !
        ($($($args)*,)? $crate::actions::pause_task::PauseTask); $m ! ($($($args)*,)?
        $crate::actions::remove_cluster_nodes::RemoveClusterNodes); $m ! ($($($args)*,)?
        $crate::actions::remove_node_pool_nodes::RemoveNodePoolNodes); $m !
        ($($($args)*,)?
        $crate::actions::repair_cluster_node_pool::RepairClusterNodePool); $m !
        ($($($args)*,)?
        $crate::actions::resume_component_upgrade::ResumeComponentUpgrade); $m !
        ($($($args)*,)? $crate::actions::resume_task::ResumeTask); $m ! ($($($args)*,)?
        $crate::actions::resume_upgrade_cluster::ResumeUpgradeCluster); $m !
        ($($($args)*,)?
        $crate::actions::revoke_k8s_cluster_kube_config::RevokeK8sClusterKubeConfig); $m
        ! ($($($args)*,)? $crate::actions::run_cluster_check::RunClusterCheck); $m !
        ($($($args)*,)? $crate::actions::run_cluster_inspect::RunClusterInspect); $m !
        ($($($args)*,)? $crate::actions::run_node_operation::RunNodeOperation); $m !
        ($($($args)*,)? $crate::actions::scale_cluster_node_pool::ScaleClusterNodePool);
        $m ! ($($($args)*,)? $crate::actions::scale_out_cluster::ScaleOutCluster); $m !
        ($($($args)*,)? $crate::actions::scan_cluster_vuls::ScanClusterVuls); $m !
        ($($($args)*,)? $crate::actions::start_alert::StartAlert); $m ! ($($($args)*,)?
        $crate::actions::stop_alert::StopAlert); $m ! ($($($args)*,)?
        $crate::actions::sync_cluster_node_pool::SyncClusterNodePool); $m !
        ($($($args)*,)? $crate::actions::tag_resources::TagResourcesAction); $m !
        ($($($args)*,)? $crate::actions::untag_resources::UntagResources); $m !
        ($($($args)*,)?
        $crate::actions::update_cluster_audit_log_config::UpdateClusterAuditLogConfig);
        $m ! ($($($args)*,)?
        $crate::actions::update_cluster_inspect_config::UpdateClusterInspectConfig); $m !
        ($($($args)*,)?
        $crate::actions::update_contact_group_for_alert::UpdateContactGroupForAlert); $m
        ! ($($($args)*,)?
        $crate::actions::update_control_plane_log::UpdateControlPlaneLog); $m !
        ($($($args)*,)?
        $crate::actions::update_k8s_cluster_user_config_expire::UpdateK8sClusterUserConfigExpire);
        $m ! ($($($args)*,)?
        $crate::actions::update_kms_encryption::UpdateKMSEncryption); $m !
        ($($($args)*,)?
        $crate::actions::update_node_pool_component::UpdateNodePoolComponent); $m !
        ($($($args)*,)?
        $crate::actions::update_node_pool_component_instance::UpdateNodePoolComponentInstance);
        $m ! ($($($args)*,)?
        $crate::actions::update_resources_delete_protection::UpdateResourcesDeleteProtection);
        $m ! ($($($args)*,)? $crate::actions::update_template::UpdateTemplate); $m !
        ($($($args)*,)? $crate::actions::upgrade_cluster::UpgradeCluster); $m !
        ($($($args)*,)?
        $crate::actions::upgrade_cluster_nodepool::UpgradeClusterNodepool);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::types::FileSystem,
        $crate::types::FileSystem::SHAPE); $m ! ($($($args)*,)?
        $crate::types::MultiAzPolicy, $crate::types::MultiAzPolicy::SHAPE); $m !
        ($($($args)*,)? $crate::types::PausePolicy, $crate::types::PausePolicy::SHAPE);
        $m ! ($($($args)*,)? $crate::types::ResourceType,
        $crate::types::ResourceType::SHAPE); $m ! ($($($args)*,)?
        $crate::types::Severity, $crate::types::Severity::SHAPE); $m ! ($($($args)*,)?
        $crate::types::State, $crate::types::State::SHAPE); $m ! ($($($args)*,)?
        $crate::types::SystemDiskPerformanceLevel,
        $crate::types::SystemDiskPerformanceLevel::SHAPE); $m ! ($($($args)*,)?
        $crate::types::WeeklyPeriod, $crate::types::WeeklyPeriod::SHAPE);
    };
}
