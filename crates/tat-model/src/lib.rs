// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Tencent Cloud TAT (API version 2020-10-28): the data types and actions, as documented.
//!
//! Generated from `spec/tat/2020-10-28`. Types are plain serde values with no I/O; send them with the `tat-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.

/// Data types shared by the actions.
#[rustfmt::skip]
pub mod types {
    /// The `AutomationAgentInfo` data type.
    pub mod automation_agent_info;
    /// The `Command` data type.
    pub mod command;
    /// The `CommandDocument` data type.
    pub mod command_document;
    /// The `CommandType` data type.
    pub mod command_type;
    /// The `CreatedBy` data type.
    pub mod created_by;
    /// The `DefaultParameterConf` data type.
    pub mod default_parameter_conf;
    /// The `Filter` data type.
    pub mod filter;
    /// The `GeneralResourceQuotaSet` data type.
    pub mod general_resource_quota_set;
    /// The `InstanceKind` data type.
    pub mod instance_kind;
    /// The `Invocation` data type.
    pub mod invocation;
    /// The `InvocationSource` data type.
    pub mod invocation_source;
    /// The `InvocationStatus` data type.
    pub mod invocation_status;
    /// The `InvocationTask` data type.
    pub mod invocation_task;
    /// The `InvocationTaskBasicInfo` data type.
    pub mod invocation_task_basic_info;
    /// The `Invoker` data type.
    pub mod invoker;
    /// The `InvokerRecord` data type.
    pub mod invoker_record;
    /// The `InvokerType` data type.
    pub mod invoker_type;
    /// The `RegionInfo` data type.
    pub mod region_info;
    /// The `RegisterCodeInfo` data type.
    pub mod register_code_info;
    /// The `RegisterInstanceInfo` data type.
    pub mod register_instance_info;
    /// The `ResourceName` data type.
    pub mod resource_name;
    /// The `Scene` data type.
    pub mod scene;
    /// The `SchedulePolicy` data type.
    pub mod schedule_policy;
    /// The `ScheduleSettings` data type.
    pub mod schedule_settings;
    /// The `Tag` data type.
    pub mod tag;
    /// The `TaskResult` data type.
    pub mod task_result;
    /// The `TaskStatus` data type.
    pub mod task_status;
}

/// One module per action: request, response and shape.
#[rustfmt::skip]
pub mod actions {
    /// The `CancelInvocation` action.
    pub mod cancel_invocation;
    /// The `CreateCommand` action.
    pub mod create_command;
    /// The `CreateInvoker` action.
    pub mod create_invoker;
    /// The `CreateRegisterCode` action.
    pub mod create_register_code;
    /// The `DeleteCommand` action.
    pub mod delete_command;
    /// The `DeleteCommands` action.
    pub mod delete_commands;
    /// The `DeleteInvoker` action.
    pub mod delete_invoker;
    /// The `DeleteRegisterCodes` action.
    pub mod delete_register_codes;
    /// The `DeleteRegisterInstance` action.
    pub mod delete_register_instance;
    /// The `DescribeAutomationAgentStatus` action.
    pub mod describe_automation_agent_status;
    /// The `DescribeCommands` action.
    pub mod describe_commands;
    /// The `DescribeInvocationTasks` action.
    pub mod describe_invocation_tasks;
    /// The `DescribeInvocations` action.
    pub mod describe_invocations;
    /// The `DescribeInvokerRecords` action.
    pub mod describe_invoker_records;
    /// The `DescribeInvokers` action.
    pub mod describe_invokers;
    /// The `DescribeQuotas` action.
    pub mod describe_quotas;
    /// The `DescribeRegions` action.
    pub mod describe_regions;
    /// The `DescribeRegisterCodes` action.
    pub mod describe_register_codes;
    /// The `DescribeRegisterInstances` action.
    pub mod describe_register_instances;
    /// The `DescribeScenes` action.
    pub mod describe_scenes;
    /// The `DisableInvoker` action.
    pub mod disable_invoker;
    /// The `DisableRegisterCodes` action.
    pub mod disable_register_codes;
    /// The `EnableInvoker` action.
    pub mod enable_invoker;
    /// The `InvokeCommand` action.
    pub mod invoke_command;
    /// The `ModifyCommand` action.
    pub mod modify_command;
    /// The `ModifyInvoker` action.
    pub mod modify_invoker;
    /// The `ModifyRegisterInstance` action.
    pub mod modify_register_instance;
    /// The `PreviewReplacedCommandContent` action.
    pub mod preview_replaced_command_content;
    /// The `RunCommand` action.
    pub mod run_command;
}

#[rustfmt::skip]
mod errors;
#[rustfmt::skip]
mod service;
#[rustfmt::skip]
mod each;
/// The service's waiters (`waiters.json`), as tables.
#[rustfmt::skip]
pub mod waiters;
pub use actions::cancel_invocation::CancelInvocation;
pub use actions::cancel_invocation::CancelInvocationRequest;
pub use actions::cancel_invocation::CancelInvocationResponse;
pub use actions::create_command::CreateCommand;
pub use actions::create_command::CreateCommandRequest;
pub use actions::create_command::CreateCommandResponse;
pub use actions::create_invoker::CreateInvoker;
pub use actions::create_invoker::CreateInvokerRequest;
pub use actions::create_invoker::CreateInvokerResponse;
pub use actions::create_register_code::CreateRegisterCode;
pub use actions::create_register_code::CreateRegisterCodeRequest;
pub use actions::create_register_code::CreateRegisterCodeResponse;
pub use actions::delete_command::DeleteCommand;
pub use actions::delete_command::DeleteCommandRequest;
pub use actions::delete_command::DeleteCommandResponse;
pub use actions::delete_commands::DeleteCommands;
pub use actions::delete_commands::DeleteCommandsRequest;
pub use actions::delete_commands::DeleteCommandsResponse;
pub use actions::delete_invoker::DeleteInvoker;
pub use actions::delete_invoker::DeleteInvokerRequest;
pub use actions::delete_invoker::DeleteInvokerResponse;
pub use actions::delete_register_codes::DeleteRegisterCodes;
pub use actions::delete_register_codes::DeleteRegisterCodesRequest;
pub use actions::delete_register_codes::DeleteRegisterCodesResponse;
pub use actions::delete_register_instance::DeleteRegisterInstance;
pub use actions::delete_register_instance::DeleteRegisterInstanceRequest;
pub use actions::delete_register_instance::DeleteRegisterInstanceResponse;
pub use actions::describe_automation_agent_status::DescribeAutomationAgentStatus;
pub use actions::describe_automation_agent_status::DescribeAutomationAgentStatusRequest;
pub use actions::describe_automation_agent_status::DescribeAutomationAgentStatusResponse;
pub use actions::describe_commands::DescribeCommands;
pub use actions::describe_commands::DescribeCommandsRequest;
pub use actions::describe_commands::DescribeCommandsResponse;
pub use actions::describe_invocation_tasks::DescribeInvocationTasks;
pub use actions::describe_invocation_tasks::DescribeInvocationTasksRequest;
pub use actions::describe_invocation_tasks::DescribeInvocationTasksResponse;
pub use actions::describe_invocations::DescribeInvocations;
pub use actions::describe_invocations::DescribeInvocationsRequest;
pub use actions::describe_invocations::DescribeInvocationsResponse;
pub use actions::describe_invoker_records::DescribeInvokerRecords;
pub use actions::describe_invoker_records::DescribeInvokerRecordsRequest;
pub use actions::describe_invoker_records::DescribeInvokerRecordsResponse;
pub use actions::describe_invokers::DescribeInvokers;
pub use actions::describe_invokers::DescribeInvokersRequest;
pub use actions::describe_invokers::DescribeInvokersResponse;
pub use actions::describe_quotas::DescribeQuotas;
pub use actions::describe_quotas::DescribeQuotasRequest;
pub use actions::describe_quotas::DescribeQuotasResponse;
pub use actions::describe_regions::DescribeRegions;
pub use actions::describe_regions::DescribeRegionsRequest;
pub use actions::describe_regions::DescribeRegionsResponse;
pub use actions::describe_register_codes::DescribeRegisterCodes;
pub use actions::describe_register_codes::DescribeRegisterCodesRequest;
pub use actions::describe_register_codes::DescribeRegisterCodesResponse;
pub use actions::describe_register_instances::DescribeRegisterInstances;
pub use actions::describe_register_instances::DescribeRegisterInstancesRequest;
pub use actions::describe_register_instances::DescribeRegisterInstancesResponse;
pub use actions::describe_scenes::DescribeScenes;
pub use actions::describe_scenes::DescribeScenesRequest;
pub use actions::describe_scenes::DescribeScenesResponse;
pub use actions::disable_invoker::DisableInvoker;
pub use actions::disable_invoker::DisableInvokerRequest;
pub use actions::disable_invoker::DisableInvokerResponse;
pub use actions::disable_register_codes::DisableRegisterCodes;
pub use actions::disable_register_codes::DisableRegisterCodesRequest;
pub use actions::disable_register_codes::DisableRegisterCodesResponse;
pub use actions::enable_invoker::EnableInvoker;
pub use actions::enable_invoker::EnableInvokerRequest;
pub use actions::enable_invoker::EnableInvokerResponse;
pub use actions::invoke_command::InvokeCommand;
pub use actions::invoke_command::InvokeCommandRequest;
pub use actions::invoke_command::InvokeCommandResponse;
pub use actions::modify_command::ModifyCommand;
pub use actions::modify_command::ModifyCommandRequest;
pub use actions::modify_command::ModifyCommandResponse;
pub use actions::modify_invoker::ModifyInvoker;
pub use actions::modify_invoker::ModifyInvokerRequest;
pub use actions::modify_invoker::ModifyInvokerResponse;
pub use actions::modify_register_instance::ModifyRegisterInstance;
pub use actions::modify_register_instance::ModifyRegisterInstanceRequest;
pub use actions::modify_register_instance::ModifyRegisterInstanceResponse;
pub use actions::preview_replaced_command_content::PreviewReplacedCommandContent;
pub use actions::preview_replaced_command_content::PreviewReplacedCommandContentRequest;
pub use actions::preview_replaced_command_content::PreviewReplacedCommandContentResponse;
pub use actions::run_command::RunCommand;
pub use actions::run_command::RunCommandRequest;
pub use actions::run_command::RunCommandResponse;
pub use errors::ErrorCode;
pub use errors::ErrorFamily;
pub use service::SERVICE;
pub use types::automation_agent_info::AutomationAgentInfo;
pub use types::command::Command;
pub use types::command_document::CommandDocument;
pub use types::command_type::CommandType;
pub use types::created_by::CreatedBy;
pub use types::default_parameter_conf::DefaultParameterConf;
pub use types::filter::Filter;
pub use types::general_resource_quota_set::GeneralResourceQuotaSet;
pub use types::instance_kind::InstanceKind;
pub use types::invocation::Invocation;
pub use types::invocation_source::InvocationSource;
pub use types::invocation_status::InvocationStatus;
pub use types::invocation_task::InvocationTask;
pub use types::invocation_task_basic_info::InvocationTaskBasicInfo;
pub use types::invoker::Invoker;
pub use types::invoker_record::InvokerRecord;
pub use types::invoker_type::InvokerType;
pub use types::region_info::RegionInfo;
pub use types::register_code_info::RegisterCodeInfo;
pub use types::register_instance_info::RegisterInstanceInfo;
pub use types::resource_name::ResourceName;
pub use types::scene::Scene;
pub use types::schedule_policy::SchedulePolicy;
pub use types::schedule_settings::ScheduleSettings;
pub use types::tag::Tag;
pub use types::task_result::TaskResult;
pub use types::task_status::TaskStatus;
