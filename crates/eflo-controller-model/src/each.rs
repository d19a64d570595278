// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
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
        $m ! ($($($args)*,)? $crate::actions::approve_operation::ApproveOperation); $m !
        ($($($args)*,)? $crate::actions::change_node_group::ChangeNodeGroup); $m !
        ($($($args)*,)? $crate::actions::change_node_types::ChangeNodeTypes); $m !
        ($($($args)*,)? $crate::actions::change_resource_group::ChangeResourceGroup); $m
        ! ($($($args)*,)? $crate::actions::close_session::CloseSession); $m !
        ($($($args)*,)? $crate::actions::create_cluster::CreateCluster); $m !
        ($($($args)*,)? $crate::actions::create_diagnostic_task::CreateDiagnosticTask);
        $m ! ($($($args)*,)? $crate::actions::create_net_test_task::CreateNetTestTask);
        $m ! ($($($args)*,)? $crate::actions::create_node_group::CreateNodeGroup); $m !
        ($($($args)*,)? $crate::actions::create_session::CreateSession); $m !
        ($($($args)*,)? $crate::actions::create_vsc::CreateVsc); $m ! ($($($args)*,)?
        $crate::actions::delete_cluster::DeleteCluster); $m ! ($($($args)*,)?
        $crate::actions::delete_hyper_node::DeleteHyperNode); $m ! ($($($args)*,)?
        $crate::actions::delete_node::DeleteNode); $m ! ($($($args)*,)?
        $crate::actions::delete_node_group::DeleteNodeGroup); $m ! ($($($args)*,)?
        $crate::actions::delete_vsc::DeleteVsc); $m ! ($($($args)*,)?
        $crate::actions::describe_cluster::DescribeCluster); $m ! ($($($args)*,)?
        $crate::actions::describe_diagnostic_result::DescribeDiagnosticResult); $m !
        ($($($args)*,)? $crate::actions::describe_fault_report::DescribeFaultReport); $m
        ! ($($($args)*,)? $crate::actions::describe_hyper_node::DescribeHyperNode); $m !
        ($($($args)*,)? $crate::actions::describe_invocations::DescribeInvocations); $m !
        ($($($args)*,)?
        $crate::actions::describe_net_test_result::DescribeNetTestResult); $m !
        ($($($args)*,)? $crate::actions::describe_node::DescribeNode); $m !
        ($($($args)*,)? $crate::actions::describe_node_group::DescribeNodeGroup); $m !
        ($($($args)*,)?
        $crate::actions::describe_node_group_refresh_task::DescribeNodeGroupRefreshTask);
        $m ! ($($($args)*,)? $crate::actions::describe_node_type::DescribeNodeType); $m !
        ($($($args)*,)? $crate::actions::describe_regions::DescribeRegions); $m !
        ($($($args)*,)?
        $crate::actions::describe_send_file_results::DescribeSendFileResults); $m !
        ($($($args)*,)? $crate::actions::describe_task::DescribeTask); $m !
        ($($($args)*,)? $crate::actions::describe_vsc::DescribeVsc); $m ! ($($($args)*,)?
        $crate::actions::describe_zones::DescribeZones); $m ! ($($($args)*,)?
        $crate::actions::extend_cluster::ExtendCluster); $m ! ($($($args)*,)?
        $crate::actions::list_cluster_hyper_nodes::ListClusterHyperNodes); $m !
        ($($($args)*,)? $crate::actions::list_cluster_nodes::ListClusterNodes); $m !
        ($($($args)*,)? $crate::actions::list_clusters::ListClusters); $m !
        ($($($args)*,)? $crate::actions::list_diagnostic_results::ListDiagnosticResults);
        $m ! ($($($args)*,)? $crate::actions::list_fault_reports::ListFaultReports); $m !
        ($($($args)*,)? $crate::actions::list_free_hyper_nodes::ListFreeHyperNodes); $m !
        ($($($args)*,)? $crate::actions::list_free_nodes::ListFreeNodes); $m !
        ($($($args)*,)? $crate::actions::list_hyper_nodes::ListHyperNodes); $m !
        ($($($args)*,)? $crate::actions::list_images::ListImages); $m ! ($($($args)*,)?
        $crate::actions::list_machine_network_info::ListMachineNetworkInfo); $m !
        ($($($args)*,)? $crate::actions::list_machine_types::ListMachineTypes); $m !
        ($($($args)*,)? $crate::actions::list_net_test_results::ListNetTestResults); $m !
        ($($($args)*,)?
        $crate::actions::list_node_group_drifted_nodes::ListNodeGroupDriftedNodes); $m !
        ($($($args)*,)?
        $crate::actions::list_node_group_refresh_tasks::ListNodeGroupRefreshTasks); $m !
        ($($($args)*,)? $crate::actions::list_node_groups::ListNodeGroups); $m !
        ($($($args)*,)? $crate::actions::list_syslogs::ListSyslogs); $m ! ($($($args)*,)?
        $crate::actions::list_tag_resources::ListTagResources); $m ! ($($($args)*,)?
        $crate::actions::list_user_cluster_types::ListUserClusterTypes); $m !
        ($($($args)*,)? $crate::actions::list_vscs::ListVscs); $m ! ($($($args)*,)?
        $crate::actions::reboot_nodes::RebootNodes); $m ! ($($($args)*,)?
        $crate::actions::refresh_node_group_nodes::RefreshNodeGroupNodes); $m !
        ($($($args)*,)? $crate::actions::reimage_nodes::ReimageNodes); $m !
        ($($($args)*,)? $crate::actions::report_node_status::ReportNodeStatus); $m !
        ($($($args)*,)? $crate::actions::report_nodes_status::ReportNodesStatus); $m !
        ($($($args)*,)? $crate::actions::run_command::RunCommand); $m ! ($($($args)*,)?
        $crate::actions::send_file::SendFile); $m ! ($($($args)*,)?
        $crate::actions::shrink_cluster::ShrinkCluster); $m ! ($($($args)*,)?
        $crate::actions::stop_invocation::StopInvocation); $m ! ($($($args)*,)?
        $crate::actions::stop_node_diagnostic::StopNodeDiagnostic); $m ! ($($($args)*,)?
        $crate::actions::stop_nodes::StopNodes); $m ! ($($($args)*,)?
        $crate::actions::tag_resources::TagResourcesAction); $m ! ($($($args)*,)?
        $crate::actions::untag_resources::UntagResources); $m ! ($($($args)*,)?
        $crate::actions::update_node_group::UpdateNodeGroup);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::types::Category, $crate::types::Category::SHAPE); $m
        ! ($($($args)*,)? $crate::types::ContentEncoding,
        $crate::types::ContentEncoding::SHAPE); $m ! ($($($args)*,)?
        $crate::types::DiagnosisType, $crate::types::DiagnosisType::SHAPE); $m !
        ($($($args)*,)? $crate::types::InvocationStatus,
        $crate::types::InvocationStatus::SHAPE); $m ! ($($($args)*,)?
        $crate::types::InvokeStatus, $crate::types::InvokeStatus::SHAPE); $m !
        ($($($args)*,)? $crate::types::NetTestType, $crate::types::NetTestType::SHAPE);
        $m ! ($($($args)*,)? $crate::types::NodeErrorCode,
        $crate::types::NodeErrorCode::SHAPE); $m ! ($($($args)*,)?
        $crate::types::NodeInvocationStatus, $crate::types::NodeInvocationStatus::SHAPE);
        $m ! ($($($args)*,)? $crate::types::PerformanceLevel,
        $crate::types::PerformanceLevel::SHAPE); $m ! ($($($args)*,)?
        $crate::types::Protocol, $crate::types::Protocol::SHAPE); $m ! ($($($args)*,)?
        $crate::types::RepeatMode, $crate::types::RepeatMode::SHAPE); $m !
        ($($($args)*,)? $crate::types::SystemDiskPerformanceLevel,
        $crate::types::SystemDiskPerformanceLevel::SHAPE); $m ! ($($($args)*,)?
        $crate::types::TrafficModel, $crate::types::TrafficModel::SHAPE); $m !
        ($($($args)*,)? $crate::types::Type, $crate::types::Type::SHAPE); $m !
        ($($($args)*,)? $crate::types::VscType, $crate::types::VscType::SHAPE);
    };
}
