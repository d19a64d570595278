// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
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
            inner: sdk_runtime::ServiceClient::new(
                &eflo_controller_model::SERVICE,
                config,
            )?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, sdk_runtime::ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::from_env(&eflo_controller_model::SERVICE)?,
        })
    }

    /// The runtime client underneath, for untyped calls (`send_json`).
    pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
        &self.inner
    }

    /// `ApproveOperation`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn approve_operation(&self) -> ApproveOperationBuilder {
        ApproveOperationBuilder::new(self.inner.clone())
    }

    /// `ChangeNodeGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn change_node_group(&self) -> ChangeNodeGroupBuilder {
        ChangeNodeGroupBuilder::new(self.inner.clone())
    }

    /// `ChangeNodeTypes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn change_node_types(&self) -> ChangeNodeTypesBuilder {
        ChangeNodeTypesBuilder::new(self.inner.clone())
    }

    /// `ChangeResourceGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn change_resource_group(&self) -> ChangeResourceGroupBuilder {
        ChangeResourceGroupBuilder::new(self.inner.clone())
    }

    /// `CloseSession`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn close_session(&self) -> CloseSessionBuilder {
        CloseSessionBuilder::new(self.inner.clone())
    }

    /// `CreateCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_cluster(&self) -> CreateClusterBuilder {
        CreateClusterBuilder::new(self.inner.clone())
    }

    /// `CreateDiagnosticTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_diagnostic_task(&self) -> CreateDiagnosticTaskBuilder {
        CreateDiagnosticTaskBuilder::new(self.inner.clone())
    }

    /// `CreateNetTestTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_net_test_task(&self) -> CreateNetTestTaskBuilder {
        CreateNetTestTaskBuilder::new(self.inner.clone())
    }

    /// `CreateNodeGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_node_group(&self) -> CreateNodeGroupBuilder {
        CreateNodeGroupBuilder::new(self.inner.clone())
    }

    /// `CreateSession`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_session(&self) -> CreateSessionBuilder {
        CreateSessionBuilder::new(self.inner.clone())
    }

    /// `CreateVsc`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_vsc(&self) -> CreateVscBuilder {
        CreateVscBuilder::new(self.inner.clone())
    }

    /// `DeleteCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_cluster(&self) -> DeleteClusterBuilder {
        DeleteClusterBuilder::new(self.inner.clone())
    }

    /// `DeleteHyperNode`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_hyper_node(&self) -> DeleteHyperNodeBuilder {
        DeleteHyperNodeBuilder::new(self.inner.clone())
    }

    /// `DeleteNode`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_node(&self) -> DeleteNodeBuilder {
        DeleteNodeBuilder::new(self.inner.clone())
    }

    /// `DeleteNodeGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_node_group(&self) -> DeleteNodeGroupBuilder {
        DeleteNodeGroupBuilder::new(self.inner.clone())
    }

    /// `DeleteVsc`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_vsc(&self) -> DeleteVscBuilder {
        DeleteVscBuilder::new(self.inner.clone())
    }

    /// `DescribeCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_cluster(&self) -> DescribeClusterBuilder {
        DescribeClusterBuilder::new(self.inner.clone())
    }

    /// `DescribeDiagnosticResult`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_diagnostic_result(&self) -> DescribeDiagnosticResultBuilder {
        DescribeDiagnosticResultBuilder::new(self.inner.clone())
    }

    /// `DescribeFaultReport`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_fault_report(&self) -> DescribeFaultReportBuilder {
        DescribeFaultReportBuilder::new(self.inner.clone())
    }

    /// `DescribeHyperNode`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_hyper_node(&self) -> DescribeHyperNodeBuilder {
        DescribeHyperNodeBuilder::new(self.inner.clone())
    }

    /// `DescribeInvocations`: 查询运维助手命令的执行列表和状态。
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocations(&self) -> DescribeInvocationsBuilder {
        DescribeInvocationsBuilder::new(self.inner.clone())
    }

    /// `DescribeNetTestResult`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_net_test_result(&self) -> DescribeNetTestResultBuilder {
        DescribeNetTestResultBuilder::new(self.inner.clone())
    }

    /// `DescribeNode`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_node(&self) -> DescribeNodeBuilder {
        DescribeNodeBuilder::new(self.inner.clone())
    }

    /// `DescribeNodeGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_node_group(&self) -> DescribeNodeGroupBuilder {
        DescribeNodeGroupBuilder::new(self.inner.clone())
    }

    /// `DescribeNodeGroupRefreshTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_node_group_refresh_task(
        &self,
    ) -> DescribeNodeGroupRefreshTaskBuilder {
        DescribeNodeGroupRefreshTaskBuilder::new(self.inner.clone())
    }

    /// `DescribeNodeType`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_node_type(&self) -> DescribeNodeTypeBuilder {
        DescribeNodeTypeBuilder::new(self.inner.clone())
    }

    /// `DescribeRegions`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_regions(&self) -> DescribeRegionsBuilder {
        DescribeRegionsBuilder::new(self.inner.clone())
    }

    /// `DescribeSendFileResults`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_send_file_results(&self) -> DescribeSendFileResultsBuilder {
        DescribeSendFileResultsBuilder::new(self.inner.clone())
    }

    /// `DescribeTask`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_task(&self) -> DescribeTaskBuilder {
        DescribeTaskBuilder::new(self.inner.clone())
    }

    /// `DescribeVsc`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_vsc(&self) -> DescribeVscBuilder {
        DescribeVscBuilder::new(self.inner.clone())
    }

    /// `DescribeZones`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_zones(&self) -> DescribeZonesBuilder {
        DescribeZonesBuilder::new(self.inner.clone())
    }

    /// `ExtendCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn extend_cluster(&self) -> ExtendClusterBuilder {
        ExtendClusterBuilder::new(self.inner.clone())
    }

    /// `ListClusterHyperNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_hyper_nodes(&self) -> ListClusterHyperNodesBuilder {
        ListClusterHyperNodesBuilder::new(self.inner.clone())
    }

    /// `ListClusterNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_cluster_nodes(&self) -> ListClusterNodesBuilder {
        ListClusterNodesBuilder::new(self.inner.clone())
    }

    /// `ListClusters`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_clusters(&self) -> ListClustersBuilder {
        ListClustersBuilder::new(self.inner.clone())
    }

    /// `ListDiagnosticResults`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_diagnostic_results(&self) -> ListDiagnosticResultsBuilder {
        ListDiagnosticResultsBuilder::new(self.inner.clone())
    }

    /// `ListFaultReports`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_fault_reports(&self) -> ListFaultReportsBuilder {
        ListFaultReportsBuilder::new(self.inner.clone())
    }

    /// `ListFreeHyperNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_free_hyper_nodes(&self) -> ListFreeHyperNodesBuilder {
        ListFreeHyperNodesBuilder::new(self.inner.clone())
    }

    /// `ListFreeNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_free_nodes(&self) -> ListFreeNodesBuilder {
        ListFreeNodesBuilder::new(self.inner.clone())
    }

    /// `ListHyperNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_hyper_nodes(&self) -> ListHyperNodesBuilder {
        ListHyperNodesBuilder::new(self.inner.clone())
    }

    /// `ListImages`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_images(&self) -> ListImagesBuilder {
        ListImagesBuilder::new(self.inner.clone())
    }

    /// `ListMachineNetworkInfo`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_machine_network_info(&self) -> ListMachineNetworkInfoBuilder {
        ListMachineNetworkInfoBuilder::new(self.inner.clone())
    }

    /// `ListMachineTypes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_machine_types(&self) -> ListMachineTypesBuilder {
        ListMachineTypesBuilder::new(self.inner.clone())
    }

    /// `ListNetTestResults`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_net_test_results(&self) -> ListNetTestResultsBuilder {
        ListNetTestResultsBuilder::new(self.inner.clone())
    }

    /// `ListNodeGroupDriftedNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_group_drifted_nodes(&self) -> ListNodeGroupDriftedNodesBuilder {
        ListNodeGroupDriftedNodesBuilder::new(self.inner.clone())
    }

    /// `ListNodeGroupRefreshTasks`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_group_refresh_tasks(&self) -> ListNodeGroupRefreshTasksBuilder {
        ListNodeGroupRefreshTasksBuilder::new(self.inner.clone())
    }

    /// `ListNodeGroups`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_node_groups(&self) -> ListNodeGroupsBuilder {
        ListNodeGroupsBuilder::new(self.inner.clone())
    }

    /// `ListSyslogs`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_syslogs(&self) -> ListSyslogsBuilder {
        ListSyslogsBuilder::new(self.inner.clone())
    }

    /// `ListTagResources`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_tag_resources(&self) -> ListTagResourcesBuilder {
        ListTagResourcesBuilder::new(self.inner.clone())
    }

    /// `ListUserClusterTypes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_user_cluster_types(&self) -> ListUserClusterTypesBuilder {
        ListUserClusterTypesBuilder::new(self.inner.clone())
    }

    /// `ListVscs`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn list_vscs(&self) -> ListVscsBuilder {
        ListVscsBuilder::new(self.inner.clone())
    }

    /// `RebootNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn reboot_nodes(&self) -> RebootNodesBuilder {
        RebootNodesBuilder::new(self.inner.clone())
    }

    /// `RefreshNodeGroupNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn refresh_node_group_nodes(&self) -> RefreshNodeGroupNodesBuilder {
        RefreshNodeGroupNodesBuilder::new(self.inner.clone())
    }

    /// `ReimageNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn reimage_nodes(&self) -> ReimageNodesBuilder {
        ReimageNodesBuilder::new(self.inner.clone())
    }

    /// `ReportNodeStatus`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn report_node_status(&self) -> ReportNodeStatusBuilder {
        ReportNodeStatusBuilder::new(self.inner.clone())
    }

    /// `ReportNodesStatus`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn report_nodes_status(&self) -> ReportNodesStatusBuilder {
        ReportNodesStatusBuilder::new(self.inner.clone())
    }

    /// `RunCommand`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_command(&self) -> RunCommandBuilder {
        RunCommandBuilder::new(self.inner.clone())
    }

    /// `SendFile`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn send_file(&self) -> SendFileBuilder {
        SendFileBuilder::new(self.inner.clone())
    }

    /// `ShrinkCluster`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn shrink_cluster(&self) -> ShrinkClusterBuilder {
        ShrinkClusterBuilder::new(self.inner.clone())
    }

    /// `StopInvocation`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn stop_invocation(&self) -> StopInvocationBuilder {
        StopInvocationBuilder::new(self.inner.clone())
    }

    /// `StopNodeDiagnostic`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn stop_node_diagnostic(&self) -> StopNodeDiagnosticBuilder {
        StopNodeDiagnosticBuilder::new(self.inner.clone())
    }

    /// `StopNodes`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn stop_nodes(&self) -> StopNodesBuilder {
        StopNodesBuilder::new(self.inner.clone())
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

    /// `UpdateNodeGroup`:
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn update_node_group(&self) -> UpdateNodeGroupBuilder {
        UpdateNodeGroupBuilder::new(self.inner.clone())
    }

    /// Waits until the command run is over on every node ([InvocationStatus](crate::types::InvocationStatus) Success, Failed, Stopped or PartialFailed) (`InvocationFinished`): the [`DescribeInvocationsBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_finished(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(
                    &eflo_controller_model::waiters::INVOCATION_FINISHED,
                ),
            )
    }

    /// Waits until the command run succeeded on every node; fails as soon as the run is Failed, Stopped or PartialFailed (`InvocationSucceeded`): the [`DescribeInvocationsBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_succeeded(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(
                    &eflo_controller_model::waiters::INVOCATION_SUCCEEDED,
                ),
            )
    }

    /// Waits until the file delivery is over on every node ([InvocationStatus](crate::types::InvocationStatus) Success, Failed, Stopped or PartialFailed) (`FileDelivered`): the [`DescribeSendFileResultsBuilder`] builder in waiting mode, polling every 1 to 10 s; see [Waiting](crate#waiting).
    pub fn wait_until_file_delivered(
        &self,
    ) -> DescribeSendFileResultsBuilder<sdk_runtime::Waiting> {
        DescribeSendFileResultsBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(&eflo_controller_model::waiters::FILE_DELIVERED),
            )
    }
}
