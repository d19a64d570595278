// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
#[macro_export]
macro_rules! for_each_action {
    ($m:ident) => {
        $m ! ($crate::CancelInvocation); $m ! ($crate::CreateCommand); $m !
        ($crate::CreateInvoker); $m ! ($crate::CreateRegisterCode); $m !
        ($crate::DeleteCommand); $m ! ($crate::DeleteCommands); $m !
        ($crate::DeleteInvoker); $m ! ($crate::DeleteRegisterCodes); $m !
        ($crate::DeleteRegisterInstance); $m ! ($crate::DescribeAutomationAgentStatus);
        $m ! ($crate::DescribeCommands); $m ! ($crate::DescribeInvocationTasks); $m !
        ($crate::DescribeInvocations); $m ! ($crate::DescribeInvokerRecords); $m !
        ($crate::DescribeInvokers); $m ! ($crate::DescribeQuotas); $m !
        ($crate::DescribeRegions); $m ! ($crate::DescribeRegisterCodes); $m !
        ($crate::DescribeRegisterInstances); $m ! ($crate::DescribeScenes); $m !
        ($crate::DisableInvoker); $m ! ($crate::DisableRegisterCodes); $m !
        ($crate::EnableInvoker); $m ! ($crate::InvokeCommand); $m !
        ($crate::ModifyCommand); $m ! ($crate::ModifyInvoker); $m !
        ($crate::ModifyRegisterInstance); $m ! ($crate::PreviewReplacedCommandContent);
        $m ! ($crate::RunCommand);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order.
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident) => {
        $m ! ($crate::CommandType, $crate::types::command_type::SHAPE); $m !
        ($crate::CreatedBy, $crate::types::created_by::SHAPE); $m !
        ($crate::InstanceKind, $crate::types::instance_kind::SHAPE); $m !
        ($crate::InvocationSource, $crate::types::invocation_source::SHAPE); $m !
        ($crate::InvocationStatus, $crate::types::invocation_status::SHAPE); $m !
        ($crate::InvokerType, $crate::types::invoker_type::SHAPE); $m !
        ($crate::ResourceName, $crate::types::resource_name::SHAPE); $m !
        ($crate::SchedulePolicy, $crate::types::schedule_policy::SHAPE); $m !
        ($crate::TaskStatus, $crate::types::task_status::SHAPE);
    };
}
