// @generated from spec/cs/2015-12-15 by `cargo xtask codegen`; do not edit.
//! The `Client`.

use crate::builders::*;

/// A client for every action of the service. Cheap to clone; clones share connections
/// and rate limits.
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::ServiceClient,
}

impl Client {
    /// A client with explicit configuration.
    pub fn new(config: sdk_runtime::Config) -> Result<Self, sdk_runtime::ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::new(&cs_model::SERVICE, config)?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, sdk_runtime::ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::from_env(&cs_model::SERVICE)?,
        })
    }

    /// The runtime client underneath, for untyped calls (`send_json`).
    pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
        &self.inner
    }

    /// `AttachInstances`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn attach_instances(&self) -> AttachInstancesBuilder {
        AttachInstancesBuilder::new(self.inner.clone())
    }

    /// `AttachInstancesToNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn attach_instances_to_node_pool(&self) -> AttachInstancesToNodePoolBuilder {
        AttachInstancesToNodePoolBuilder::new(self.inner.clone())
    }

    /// `CancelClusterUpgrade`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn cancel_cluster_upgrade(&self) -> CancelClusterUpgradeBuilder {
        CancelClusterUpgradeBuilder::new(self.inner.clone())
    }

    /// `CancelComponentUpgrade`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn cancel_component_upgrade(&self) -> CancelComponentUpgradeBuilder {
        CancelComponentUpgradeBuilder::new(self.inner.clone())
    }

    /// `CancelOperationPlan`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn cancel_operation_plan(&self) -> CancelOperationPlanBuilder {
        CancelOperationPlanBuilder::new(self.inner.clone())
    }

    /// `CancelTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn cancel_task(&self) -> CancelTaskBuilder {
        CancelTaskBuilder::new(self.inner.clone())
    }

    /// `CheckControlPlaneLogEnable`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn check_control_plane_log_enable(&self) -> CheckControlPlaneLogEnableBuilder {
        CheckControlPlaneLogEnableBuilder::new(self.inner.clone())
    }

    /// `CheckServiceRole`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn check_service_role(&self) -> CheckServiceRoleBuilder {
        CheckServiceRoleBuilder::new(self.inner.clone())
    }

    /// `CleanClusterUserPermissions`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn clean_cluster_user_permissions(&self) -> CleanClusterUserPermissionsBuilder {
        CleanClusterUserPermissionsBuilder::new(self.inner.clone())
    }

    /// `CleanUserPermissions`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn clean_user_permissions(&self) -> CleanUserPermissionsBuilder {
        CleanUserPermissionsBuilder::new(self.inner.clone())
    }

    /// `CreateAutoRepairPolicy`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_auto_repair_policy(&self) -> CreateAutoRepairPolicyBuilder {
        CreateAutoRepairPolicyBuilder::new(self.inner.clone())
    }

    /// `CreateAutoscalingConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_autoscaling_config(&self) -> CreateAutoscalingConfigBuilder {
        CreateAutoscalingConfigBuilder::new(self.inner.clone())
    }

    /// `CreateCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_cluster(&self) -> CreateClusterBuilder {
        CreateClusterBuilder::new(self.inner.clone())
    }

    /// `CreateClusterDiagnosis`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_cluster_diagnosis(&self) -> CreateClusterDiagnosisBuilder {
        CreateClusterDiagnosisBuilder::new(self.inner.clone())
    }

    /// `CreateClusterInspectConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_cluster_inspect_config(&self) -> CreateClusterInspectConfigBuilder {
        CreateClusterInspectConfigBuilder::new(self.inner.clone())
    }

    /// `CreateClusterNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_cluster_node_pool(&self) -> CreateClusterNodePoolBuilder {
        CreateClusterNodePoolBuilder::new(self.inner.clone())
    }

    /// `CreateKubernetesTrigger`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_kubernetes_trigger(&self) -> CreateKubernetesTriggerBuilder {
        CreateKubernetesTriggerBuilder::new(self.inner.clone())
    }

    /// `CreateNodePoolComponentInstances`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_node_pool_component_instances(
        &self,
    ) -> CreateNodePoolComponentInstancesBuilder {
        CreateNodePoolComponentInstancesBuilder::new(self.inner.clone())
    }

    /// `CreateTemplate`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_template(&self) -> CreateTemplateBuilder {
        CreateTemplateBuilder::new(self.inner.clone())
    }

    /// `CreateTrigger`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_trigger(&self) -> CreateTriggerBuilder {
        CreateTriggerBuilder::new(self.inner.clone())
    }

    /// `DeleteAutoRepairPolicy`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_auto_repair_policy(&self) -> DeleteAutoRepairPolicyBuilder {
        DeleteAutoRepairPolicyBuilder::new(self.inner.clone())
    }

    /// `DeleteCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_cluster(&self) -> DeleteClusterBuilder {
        DeleteClusterBuilder::new(self.inner.clone())
    }

    /// `DeleteClusterInspectConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_cluster_inspect_config(&self) -> DeleteClusterInspectConfigBuilder {
        DeleteClusterInspectConfigBuilder::new(self.inner.clone())
    }

    /// `DeleteClusterNodepool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_cluster_nodepool(&self) -> DeleteClusterNodepoolBuilder {
        DeleteClusterNodepoolBuilder::new(self.inner.clone())
    }

    /// `DeleteClusterNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_cluster_nodes(&self) -> DeleteClusterNodesBuilder {
        DeleteClusterNodesBuilder::new(self.inner.clone())
    }

    /// `DeleteKubernetesTrigger`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_kubernetes_trigger(&self) -> DeleteKubernetesTriggerBuilder {
        DeleteKubernetesTriggerBuilder::new(self.inner.clone())
    }

    /// `DeleteNodePoolComponentInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_node_pool_component_instance(
        &self,
    ) -> DeleteNodePoolComponentInstanceBuilder {
        DeleteNodePoolComponentInstanceBuilder::new(self.inner.clone())
    }

    /// `DeletePolicyInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_policy_instance(&self) -> DeletePolicyInstanceBuilder {
        DeletePolicyInstanceBuilder::new(self.inner.clone())
    }

    /// `DeleteTemplate`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_template(&self) -> DeleteTemplateBuilder {
        DeleteTemplateBuilder::new(self.inner.clone())
    }

    /// `DeleteTrigger`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_trigger(&self) -> DeleteTriggerBuilder {
        DeleteTriggerBuilder::new(self.inner.clone())
    }

    /// `DeployPolicyInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn deploy_policy_instance(&self) -> DeployPolicyInstanceBuilder {
        DeployPolicyInstanceBuilder::new(self.inner.clone())
    }

    /// `DescribeAddon`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_addon(&self) -> DescribeAddonBuilder {
        DescribeAddonBuilder::new(self.inner.clone())
    }

    /// `DescribeAddons`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_addons(&self) -> DescribeAddonsBuilder {
        DescribeAddonsBuilder::new(self.inner.clone())
    }

    /// `DescribeAutoRepairPolicy`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_auto_repair_policy(&self) -> DescribeAutoRepairPolicyBuilder {
        DescribeAutoRepairPolicyBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterAddonInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_addon_instance(
        &self,
    ) -> DescribeClusterAddonInstanceBuilder {
        DescribeClusterAddonInstanceBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterAddonMetadata`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_addon_metadata(
        &self,
    ) -> DescribeClusterAddonMetadataBuilder {
        DescribeClusterAddonMetadataBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterDetail`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_detail(&self) -> DescribeClusterDetailBuilder {
        DescribeClusterDetailBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterEvents`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_events(&self) -> DescribeClusterEventsBuilder {
        DescribeClusterEventsBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterNodePoolDetail`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_node_pool_detail(
        &self,
    ) -> DescribeClusterNodePoolDetailBuilder {
        DescribeClusterNodePoolDetailBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterNodePools`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_node_pools(&self) -> DescribeClusterNodePoolsBuilder {
        DescribeClusterNodePoolsBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_nodes(&self) -> DescribeClusterNodesBuilder {
        DescribeClusterNodesBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterTasks`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_tasks(&self) -> DescribeClusterTasksBuilder {
        DescribeClusterTasksBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterUserKubeconfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_user_kubeconfig(
        &self,
    ) -> DescribeClusterUserKubeconfigBuilder {
        DescribeClusterUserKubeconfigBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterV2UserKubeconfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_v2_user_kubeconfig(
        &self,
    ) -> DescribeClusterV2UserKubeconfigBuilder {
        DescribeClusterV2UserKubeconfigBuilder::new(self.inner.clone())
    }

    /// `DescribeClusterVuls`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster_vuls(&self) -> DescribeClusterVulsBuilder {
        DescribeClusterVulsBuilder::new(self.inner.clone())
    }

    /// `DescribeClustersForRegion`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_clusters_for_region(&self) -> DescribeClustersForRegionBuilder {
        DescribeClustersForRegionBuilder::new(self.inner.clone())
    }

    /// `DescribeEvents`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_events(&self) -> DescribeEventsBuilder {
        DescribeEventsBuilder::new(self.inner.clone())
    }

    /// `DescribeEventsForRegion`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_events_for_region(&self) -> DescribeEventsForRegionBuilder {
        DescribeEventsForRegionBuilder::new(self.inner.clone())
    }

    /// `DescribeExternalAgent`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_external_agent(&self) -> DescribeExternalAgentBuilder {
        DescribeExternalAgentBuilder::new(self.inner.clone())
    }

    /// `DescribeNodePoolVuls`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_node_pool_vuls(&self) -> DescribeNodePoolVulsBuilder {
        DescribeNodePoolVulsBuilder::new(self.inner.clone())
    }

    /// `DescribePolicyDetails`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_policy_details(&self) -> DescribePolicyDetailsBuilder {
        DescribePolicyDetailsBuilder::new(self.inner.clone())
    }

    /// `DescribePolicyGovernanceInCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_policy_governance_in_cluster(
        &self,
    ) -> DescribePolicyGovernanceInClusterBuilder {
        DescribePolicyGovernanceInClusterBuilder::new(self.inner.clone())
    }

    /// `DescribePolicyInstancesStatus`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_policy_instances_status(
        &self,
    ) -> DescribePolicyInstancesStatusBuilder {
        DescribePolicyInstancesStatusBuilder::new(self.inner.clone())
    }

    /// `DescribeRegions`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_regions(&self) -> DescribeRegionsBuilder {
        DescribeRegionsBuilder::new(self.inner.clone())
    }

    /// `DescribeSubaccountK8sClusterUserConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_subaccount_k8s_cluster_user_config(
        &self,
    ) -> DescribeSubaccountK8sClusterUserConfigBuilder {
        DescribeSubaccountK8sClusterUserConfigBuilder::new(self.inner.clone())
    }

    /// `DescribeTaskInfo`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_task_info(&self) -> DescribeTaskInfoBuilder {
        DescribeTaskInfoBuilder::new(self.inner.clone())
    }

    /// `DescribeTemplates`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_templates(&self) -> DescribeTemplatesBuilder {
        DescribeTemplatesBuilder::new(self.inner.clone())
    }

    /// `DescribeUserQuota`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_user_quota(&self) -> DescribeUserQuotaBuilder {
        DescribeUserQuotaBuilder::new(self.inner.clone())
    }

    /// `FixNodePoolVuls`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn fix_node_pool_vuls(&self) -> FixNodePoolVulsBuilder {
        FixNodePoolVulsBuilder::new(self.inner.clone())
    }

    /// `GetClusterAddonInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_addon_instance(&self) -> GetClusterAddonInstanceBuilder {
        GetClusterAddonInstanceBuilder::new(self.inner.clone())
    }

    /// `GetClusterAuditProject`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_audit_project(&self) -> GetClusterAuditProjectBuilder {
        GetClusterAuditProjectBuilder::new(self.inner.clone())
    }

    /// `GetClusterCheck`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_check(&self) -> GetClusterCheckBuilder {
        GetClusterCheckBuilder::new(self.inner.clone())
    }

    /// `GetClusterDiagnosisCheckItems`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_diagnosis_check_items(
        &self,
    ) -> GetClusterDiagnosisCheckItemsBuilder {
        GetClusterDiagnosisCheckItemsBuilder::new(self.inner.clone())
    }

    /// `GetClusterDiagnosisResult`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_diagnosis_result(&self) -> GetClusterDiagnosisResultBuilder {
        GetClusterDiagnosisResultBuilder::new(self.inner.clone())
    }

    /// `GetClusterInspectConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_inspect_config(&self) -> GetClusterInspectConfigBuilder {
        GetClusterInspectConfigBuilder::new(self.inner.clone())
    }

    /// `GetClusterInspectReportDetail`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_cluster_inspect_report_detail(
        &self,
    ) -> GetClusterInspectReportDetailBuilder {
        GetClusterInspectReportDetailBuilder::new(self.inner.clone())
    }

    /// `GetUpgradeStatus`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn get_upgrade_status(&self) -> GetUpgradeStatusBuilder {
        GetUpgradeStatusBuilder::new(self.inner.clone())
    }

    /// `InstallNodePoolComponents`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn install_node_pool_components(&self) -> InstallNodePoolComponentsBuilder {
        InstallNodePoolComponentsBuilder::new(self.inner.clone())
    }

    /// `ListAddons`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_addons(&self) -> ListAddonsBuilder {
        ListAddonsBuilder::new(self.inner.clone())
    }

    /// `ListAutoRepairPolicies`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_auto_repair_policies(&self) -> ListAutoRepairPoliciesBuilder {
        ListAutoRepairPoliciesBuilder::new(self.inner.clone())
    }

    /// `ListClusterAddonInstanceResources`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_addon_instance_resources(
        &self,
    ) -> ListClusterAddonInstanceResourcesBuilder {
        ListClusterAddonInstanceResourcesBuilder::new(self.inner.clone())
    }

    /// `ListClusterAddonInstances`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_addon_instances(&self) -> ListClusterAddonInstancesBuilder {
        ListClusterAddonInstancesBuilder::new(self.inner.clone())
    }

    /// `ListClusterChecks`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_checks(&self) -> ListClusterChecksBuilder {
        ListClusterChecksBuilder::new(self.inner.clone())
    }

    /// `ListClusterInspectReports`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_inspect_reports(&self) -> ListClusterInspectReportsBuilder {
        ListClusterInspectReportsBuilder::new(self.inner.clone())
    }

    /// `ListClusterKubeconfigStates`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_kubeconfig_states(&self) -> ListClusterKubeconfigStatesBuilder {
        ListClusterKubeconfigStatesBuilder::new(self.inner.clone())
    }

    /// `ListNodePoolComponentInstanceNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_pool_component_instance_nodes(
        &self,
    ) -> ListNodePoolComponentInstanceNodesBuilder {
        ListNodePoolComponentInstanceNodesBuilder::new(self.inner.clone())
    }

    /// `ListNodePoolComponentInstances`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_pool_component_instances(
        &self,
    ) -> ListNodePoolComponentInstancesBuilder {
        ListNodePoolComponentInstancesBuilder::new(self.inner.clone())
    }

    /// `ListNodePoolComponents`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_pool_components(&self) -> ListNodePoolComponentsBuilder {
        ListNodePoolComponentsBuilder::new(self.inner.clone())
    }

    /// `ListOperationPlans`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_operation_plans(&self) -> ListOperationPlansBuilder {
        ListOperationPlansBuilder::new(self.inner.clone())
    }

    /// `ListOperationPlansForRegion`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_operation_plans_for_region(&self) -> ListOperationPlansForRegionBuilder {
        ListOperationPlansForRegionBuilder::new(self.inner.clone())
    }

    /// `ListTagResources`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_tag_resources(&self) -> ListTagResourcesBuilder {
        ListTagResourcesBuilder::new(self.inner.clone())
    }

    /// `ListUserKubeConfigStates`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_user_kube_config_states(&self) -> ListUserKubeConfigStatesBuilder {
        ListUserKubeConfigStatesBuilder::new(self.inner.clone())
    }

    /// `MigrateCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn migrate_cluster(&self) -> MigrateClusterBuilder {
        MigrateClusterBuilder::new(self.inner.clone())
    }

    /// `ModifyAutoRepairPolicy`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_auto_repair_policy(&self) -> ModifyAutoRepairPolicyBuilder {
        ModifyAutoRepairPolicyBuilder::new(self.inner.clone())
    }

    /// `ModifyCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_cluster(&self) -> ModifyClusterBuilder {
        ModifyClusterBuilder::new(self.inner.clone())
    }

    /// `ModifyClusterAddon`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_cluster_addon(&self) -> ModifyClusterAddonBuilder {
        ModifyClusterAddonBuilder::new(self.inner.clone())
    }

    /// `ModifyClusterNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_cluster_node_pool(&self) -> ModifyClusterNodePoolBuilder {
        ModifyClusterNodePoolBuilder::new(self.inner.clone())
    }

    /// `ModifyNodePoolNodeConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_node_pool_node_config(&self) -> ModifyNodePoolNodeConfigBuilder {
        ModifyNodePoolNodeConfigBuilder::new(self.inner.clone())
    }

    /// `ModifyPolicyInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_policy_instance(&self) -> ModifyPolicyInstanceBuilder {
        ModifyPolicyInstanceBuilder::new(self.inner.clone())
    }

    /// `OpenAckService`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn open_ack_service(&self) -> OpenAckServiceBuilder {
        OpenAckServiceBuilder::new(self.inner.clone())
    }

    /// `PauseClusterUpgrade`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn pause_cluster_upgrade(&self) -> PauseClusterUpgradeBuilder {
        PauseClusterUpgradeBuilder::new(self.inner.clone())
    }

    /// `PauseComponentUpgrade`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn pause_component_upgrade(&self) -> PauseComponentUpgradeBuilder {
        PauseComponentUpgradeBuilder::new(self.inner.clone())
    }

    /// `PauseTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn pause_task(&self) -> PauseTaskBuilder {
        PauseTaskBuilder::new(self.inner.clone())
    }

    /// `RemoveClusterNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn remove_cluster_nodes(&self) -> RemoveClusterNodesBuilder {
        RemoveClusterNodesBuilder::new(self.inner.clone())
    }

    /// `RemoveNodePoolNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn remove_node_pool_nodes(&self) -> RemoveNodePoolNodesBuilder {
        RemoveNodePoolNodesBuilder::new(self.inner.clone())
    }

    /// `RepairClusterNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn repair_cluster_node_pool(&self) -> RepairClusterNodePoolBuilder {
        RepairClusterNodePoolBuilder::new(self.inner.clone())
    }

    /// `ResumeComponentUpgrade`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn resume_component_upgrade(&self) -> ResumeComponentUpgradeBuilder {
        ResumeComponentUpgradeBuilder::new(self.inner.clone())
    }

    /// `ResumeTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn resume_task(&self) -> ResumeTaskBuilder {
        ResumeTaskBuilder::new(self.inner.clone())
    }

    /// `ResumeUpgradeCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn resume_upgrade_cluster(&self) -> ResumeUpgradeClusterBuilder {
        ResumeUpgradeClusterBuilder::new(self.inner.clone())
    }

    /// `RevokeK8sClusterKubeConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn revoke_k8s_cluster_kube_config(&self) -> RevokeK8sClusterKubeConfigBuilder {
        RevokeK8sClusterKubeConfigBuilder::new(self.inner.clone())
    }

    /// `RunClusterCheck`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_cluster_check(&self) -> RunClusterCheckBuilder {
        RunClusterCheckBuilder::new(self.inner.clone())
    }

    /// `RunClusterInspect`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_cluster_inspect(&self) -> RunClusterInspectBuilder {
        RunClusterInspectBuilder::new(self.inner.clone())
    }

    /// `RunNodeOperation`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_node_operation(&self) -> RunNodeOperationBuilder {
        RunNodeOperationBuilder::new(self.inner.clone())
    }

    /// `ScaleClusterNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn scale_cluster_node_pool(&self) -> ScaleClusterNodePoolBuilder {
        ScaleClusterNodePoolBuilder::new(self.inner.clone())
    }

    /// `ScaleOutCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn scale_out_cluster(&self) -> ScaleOutClusterBuilder {
        ScaleOutClusterBuilder::new(self.inner.clone())
    }

    /// `ScanClusterVuls`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn scan_cluster_vuls(&self) -> ScanClusterVulsBuilder {
        ScanClusterVulsBuilder::new(self.inner.clone())
    }

    /// `StartAlert`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn start_alert(&self) -> StartAlertBuilder {
        StartAlertBuilder::new(self.inner.clone())
    }

    /// `StopAlert`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn stop_alert(&self) -> StopAlertBuilder {
        StopAlertBuilder::new(self.inner.clone())
    }

    /// `SyncClusterNodePool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn sync_cluster_node_pool(&self) -> SyncClusterNodePoolBuilder {
        SyncClusterNodePoolBuilder::new(self.inner.clone())
    }

    /// `TagResources`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn tag_resources(&self) -> TagResourcesBuilder {
        TagResourcesBuilder::new(self.inner.clone())
    }

    /// `UntagResources`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn untag_resources(&self) -> UntagResourcesBuilder {
        UntagResourcesBuilder::new(self.inner.clone())
    }

    /// `UpdateClusterAuditLogConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_cluster_audit_log_config(&self) -> UpdateClusterAuditLogConfigBuilder {
        UpdateClusterAuditLogConfigBuilder::new(self.inner.clone())
    }

    /// `UpdateClusterInspectConfig`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_cluster_inspect_config(&self) -> UpdateClusterInspectConfigBuilder {
        UpdateClusterInspectConfigBuilder::new(self.inner.clone())
    }

    /// `UpdateContactGroupForAlert`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_contact_group_for_alert(&self) -> UpdateContactGroupForAlertBuilder {
        UpdateContactGroupForAlertBuilder::new(self.inner.clone())
    }

    /// `UpdateControlPlaneLog`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_control_plane_log(&self) -> UpdateControlPlaneLogBuilder {
        UpdateControlPlaneLogBuilder::new(self.inner.clone())
    }

    /// `UpdateK8sClusterUserConfigExpire`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_k8s_cluster_user_config_expire(
        &self,
    ) -> UpdateK8sClusterUserConfigExpireBuilder {
        UpdateK8sClusterUserConfigExpireBuilder::new(self.inner.clone())
    }

    /// `UpdateKMSEncryption`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_kms_encryption(&self) -> UpdateKMSEncryptionBuilder {
        UpdateKMSEncryptionBuilder::new(self.inner.clone())
    }

    /// `UpdateNodePoolComponent`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_node_pool_component(&self) -> UpdateNodePoolComponentBuilder {
        UpdateNodePoolComponentBuilder::new(self.inner.clone())
    }

    /// `UpdateNodePoolComponentInstance`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_node_pool_component_instance(
        &self,
    ) -> UpdateNodePoolComponentInstanceBuilder {
        UpdateNodePoolComponentInstanceBuilder::new(self.inner.clone())
    }

    /// `UpdateResourcesDeleteProtection`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_resources_delete_protection(
        &self,
    ) -> UpdateResourcesDeleteProtectionBuilder {
        UpdateResourcesDeleteProtectionBuilder::new(self.inner.clone())
    }

    /// `UpdateTemplate`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_template(&self) -> UpdateTemplateBuilder {
        UpdateTemplateBuilder::new(self.inner.clone())
    }

    /// `UpgradeCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn upgrade_cluster(&self) -> UpgradeClusterBuilder {
        UpgradeClusterBuilder::new(self.inner.clone())
    }

    /// `UpgradeClusterNodepool`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn upgrade_cluster_nodepool(&self) -> UpgradeClusterNodepoolBuilder {
        UpgradeClusterNodepoolBuilder::new(self.inner.clone())
    }
}
