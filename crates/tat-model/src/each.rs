// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
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
        $m ! ($($($args)*,)? $crate::actions::cancel_invocation::CancelInvocation); $m !
        ($($($args)*,)? $crate::actions::create_command::CreateCommand); $m !
        ($($($args)*,)? $crate::actions::create_invoker::CreateInvoker); $m !
        ($($($args)*,)? $crate::actions::create_register_code::CreateRegisterCode); $m !
        ($($($args)*,)? $crate::actions::delete_command::DeleteCommand); $m !
        ($($($args)*,)? $crate::actions::delete_commands::DeleteCommands); $m !
        ($($($args)*,)? $crate::actions::delete_invoker::DeleteInvoker); $m !
        ($($($args)*,)? $crate::actions::delete_register_codes::DeleteRegisterCodes); $m
        ! ($($($args)*,)?
        $crate::actions::delete_register_instance::DeleteRegisterInstance); $m !
        ($($($args)*,)?
        $crate::actions::describe_automation_agent_status::DescribeAutomationAgentStatus);
        $m ! ($($($args)*,)? $crate::actions::describe_commands::DescribeCommands); $m !
        ($($($args)*,)?
        $crate::actions::describe_invocation_tasks::DescribeInvocationTasks); $m !
        ($($($args)*,)? $crate::actions::describe_invocations::DescribeInvocations); $m !
        ($($($args)*,)?
        $crate::actions::describe_invoker_records::DescribeInvokerRecords); $m !
        ($($($args)*,)? $crate::actions::describe_invokers::DescribeInvokers); $m !
        ($($($args)*,)? $crate::actions::describe_quotas::DescribeQuotas); $m !
        ($($($args)*,)? $crate::actions::describe_regions::DescribeRegions); $m !
        ($($($args)*,)? $crate::actions::describe_register_codes::DescribeRegisterCodes);
        $m ! ($($($args)*,)?
        $crate::actions::describe_register_instances::DescribeRegisterInstances); $m !
        ($($($args)*,)? $crate::actions::describe_scenes::DescribeScenes); $m !
        ($($($args)*,)? $crate::actions::disable_invoker::DisableInvoker); $m !
        ($($($args)*,)? $crate::actions::disable_register_codes::DisableRegisterCodes);
        $m ! ($($($args)*,)? $crate::actions::enable_invoker::EnableInvoker); $m !
        ($($($args)*,)? $crate::actions::invoke_command::InvokeCommand); $m !
        ($($($args)*,)? $crate::actions::modify_command::ModifyCommand); $m !
        ($($($args)*,)? $crate::actions::modify_invoker::ModifyInvoker); $m !
        ($($($args)*,)?
        $crate::actions::modify_register_instance::ModifyRegisterInstance); $m !
        ($($($args)*,)?
        $crate::actions::preview_replaced_command_content::PreviewReplacedCommandContent);
        $m ! ($($($args)*,)? $crate::actions::run_command::RunCommand);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::types::CommandType,
        $crate::types::CommandType::SHAPE); $m ! ($($($args)*,)?
        $crate::types::CreatedBy, $crate::types::CreatedBy::SHAPE); $m ! ($($($args)*,)?
        $crate::types::InstanceKind, $crate::types::InstanceKind::SHAPE); $m !
        ($($($args)*,)? $crate::types::InvocationSource,
        $crate::types::InvocationSource::SHAPE); $m ! ($($($args)*,)?
        $crate::types::InvocationStatus, $crate::types::InvocationStatus::SHAPE); $m !
        ($($($args)*,)? $crate::types::InvokerType, $crate::types::InvokerType::SHAPE);
        $m ! ($($($args)*,)? $crate::types::ResourceName,
        $crate::types::ResourceName::SHAPE); $m ! ($($($args)*,)?
        $crate::types::SchedulePolicy, $crate::types::SchedulePolicy::SHAPE); $m !
        ($($($args)*,)? $crate::types::TaskStatus, $crate::types::TaskStatus::SHAPE);
    };
}
