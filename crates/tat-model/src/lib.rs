// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Tencent Cloud TAT (API version 2020-10-28): the data types and actions, as documented.
//!
//! Generated from `spec/tat/2020-10-28`. Types are plain serde values with no I/O; send them with the `tat-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! # How this crate is organised
//!
//! - [`types`]: the data types the actions share (`types::AutomationAgentInfo`).
//! - [`actions`]: one module per action (`actions::cancel_invocation::{CancelInvocation, CancelInvocationRequest, CancelInvocationResponse}`): the marker type that names the action to the runtime (`sdk_shape::Action`), its request and response, and the documented filter names.
//! - [`ErrorCode`] and [`ErrorFamily`]: every error code the service documents, and their dotted prefixes.
//! - [`SERVICE`]: the documented facts (endpoints, actions, members, limits) as a table the runtime, the CLI and the mock server read.
//! - [`waiters`]: the service's waiters as tables, which the client's `wait_until_*` methods and `cloudcmd --waiter` poll with.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.
#![warn(missing_docs)]
/// The data types the actions share.
#[rustfmt::skip]
pub mod types {
    pub(crate) mod automation_agent_info;
    pub(crate) mod command;
    pub(crate) mod command_document;
    pub(crate) mod command_type;
    pub(crate) mod created_by;
    pub(crate) mod default_parameter_conf;
    pub(crate) mod filter;
    pub(crate) mod general_resource_quota_set;
    pub(crate) mod instance_kind;
    pub(crate) mod invocation;
    pub(crate) mod invocation_source;
    pub(crate) mod invocation_status;
    pub(crate) mod invocation_task;
    pub(crate) mod invocation_task_basic_info;
    pub(crate) mod invoker;
    pub(crate) mod invoker_record;
    pub(crate) mod invoker_type;
    pub(crate) mod region_info;
    pub(crate) mod register_code_info;
    pub(crate) mod register_instance_info;
    pub(crate) mod resource_name;
    pub(crate) mod scene;
    pub(crate) mod schedule_policy;
    pub(crate) mod schedule_settings;
    pub(crate) mod tag;
    pub(crate) mod task_result;
    pub(crate) mod task_status;
    pub use automation_agent_info::AutomationAgentInfo;
    pub use command::Command;
    pub use command_document::CommandDocument;
    pub use command_type::CommandType;
    pub use created_by::CreatedBy;
    pub use default_parameter_conf::DefaultParameterConf;
    pub use filter::Filter;
    pub use general_resource_quota_set::GeneralResourceQuotaSet;
    pub use instance_kind::InstanceKind;
    pub use invocation::Invocation;
    pub use invocation_source::InvocationSource;
    pub use invocation_status::InvocationStatus;
    pub use invocation_task::InvocationTask;
    pub use invocation_task_basic_info::InvocationTaskBasicInfo;
    pub use invoker::Invoker;
    pub use invoker_record::InvokerRecord;
    pub use invoker_type::InvokerType;
    pub use region_info::RegionInfo;
    pub use register_code_info::RegisterCodeInfo;
    pub use register_instance_info::RegisterInstanceInfo;
    pub use resource_name::ResourceName;
    pub use scene::Scene;
    pub use schedule_policy::SchedulePolicy;
    pub use schedule_settings::ScheduleSettings;
    pub use tag::Tag;
    pub use task_result::TaskResult;
    pub use task_status::TaskStatus;
}

/// One module per action: its marker type, request, response and filter names.
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
pub use errors::{ErrorCode, ErrorFamily};
pub use service::SERVICE;
