// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
/// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
/// the service this way.
#[macro_export]
macro_rules! for_each_action {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::CancelInvocation); $m ! ($($($args)*,)?
        $crate::CreateCommand); $m ! ($($($args)*,)? $crate::CreateInvoker); $m !
        ($($($args)*,)? $crate::CreateRegisterCode); $m ! ($($($args)*,)?
        $crate::DeleteCommand); $m ! ($($($args)*,)? $crate::DeleteCommands); $m !
        ($($($args)*,)? $crate::DeleteInvoker); $m ! ($($($args)*,)?
        $crate::DeleteRegisterCodes); $m ! ($($($args)*,)?
        $crate::DeleteRegisterInstance); $m ! ($($($args)*,)?
        $crate::DescribeAutomationAgentStatus); $m ! ($($($args)*,)?
        $crate::DescribeCommands); $m ! ($($($args)*,)? $crate::DescribeInvocationTasks);
        $m ! ($($($args)*,)? $crate::DescribeInvocations); $m ! ($($($args)*,)?
        $crate::DescribeInvokerRecords); $m ! ($($($args)*,)? $crate::DescribeInvokers);
        $m ! ($($($args)*,)? $crate::DescribeQuotas); $m ! ($($($args)*,)?
        $crate::DescribeRegions); $m ! ($($($args)*,)? $crate::DescribeRegisterCodes); $m
        ! ($($($args)*,)? $crate::DescribeRegisterInstances); $m ! ($($($args)*,)?
        $crate::DescribeScenes); $m ! ($($($args)*,)? $crate::DisableInvoker); $m !
        ($($($args)*,)? $crate::DisableRegisterCodes); $m ! ($($($args)*,)?
        $crate::EnableInvoker); $m ! ($($($args)*,)? $crate::InvokeCommand); $m !
        ($($($args)*,)? $crate::ModifyCommand); $m ! ($($($args)*,)?
        $crate::ModifyInvoker); $m ! ($($($args)*,)? $crate::ModifyRegisterInstance); $m
        ! ($($($args)*,)? $crate::PreviewReplacedCommandContent); $m ! ($($($args)*,)?
        $crate::RunCommand);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::CommandType, $crate::types::command_type::SHAPE); $m
        ! ($($($args)*,)? $crate::CreatedBy, $crate::types::created_by::SHAPE); $m !
        ($($($args)*,)? $crate::InstanceKind, $crate::types::instance_kind::SHAPE); $m !
        ($($($args)*,)? $crate::InvocationSource,
        $crate::types::invocation_source::SHAPE); $m ! ($($($args)*,)?
        $crate::InvocationStatus, $crate::types::invocation_status::SHAPE); $m !
        ($($($args)*,)? $crate::InvokerType, $crate::types::invoker_type::SHAPE); $m !
        ($($($args)*,)? $crate::ResourceName, $crate::types::resource_name::SHAPE); $m !
        ($($($args)*,)? $crate::SchedulePolicy, $crate::types::schedule_policy::SHAPE);
        $m ! ($($($args)*,)? $crate::TaskStatus, $crate::types::task_status::SHAPE);
    };
}
