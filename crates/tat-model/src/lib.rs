// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Tencent Cloud TAT (API version 2020-10-28): the data types and actions, as documented.
//!
//! Generated from `spec/tat/2020-10-28`. Types are plain serde values with no I/O; send them with the `tat-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.

/// Data types shared by the actions.
#[rustfmt::skip]
pub mod types {
    /// The `CommandDocument` data type.
    pub mod command_document;
    /// The `CommandType` data type.
    pub mod command_type;
    /// The `Filter` data type.
    pub mod filter;
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
    /// The `InvokerRecord` data type.
    pub mod invoker_record;
    /// The `InvokerType` data type.
    pub mod invoker_type;
    /// The `SchedulePolicy` data type.
    pub mod schedule_policy;
    /// The `ScheduleSettings` data type.
    pub mod schedule_settings;
    /// The `TaskResult` data type.
    pub mod task_result;
    /// The `TaskStatus` data type.
    pub mod task_status;
}

/// One module per action: request, response, error codes and shape.
#[rustfmt::skip]
pub mod actions {
    /// The `CreateInvoker` action.
    pub mod create_invoker;
    /// The `DescribeInvocationTasks` action.
    pub mod describe_invocation_tasks;
    /// The `DescribeInvocations` action.
    pub mod describe_invocations;
    /// The `DescribeInvokerRecords` action.
    pub mod describe_invoker_records;
}

#[rustfmt::skip]
mod service;
pub use actions::create_invoker::CreateInvoker;
pub use actions::create_invoker::CreateInvokerErrorCode;
pub use actions::create_invoker::CreateInvokerRequest;
pub use actions::create_invoker::CreateInvokerResponse;
pub use actions::describe_invocation_tasks::DescribeInvocationTasks;
pub use actions::describe_invocation_tasks::DescribeInvocationTasksErrorCode;
pub use actions::describe_invocation_tasks::DescribeInvocationTasksRequest;
pub use actions::describe_invocation_tasks::DescribeInvocationTasksResponse;
pub use actions::describe_invocations::DescribeInvocations;
pub use actions::describe_invocations::DescribeInvocationsErrorCode;
pub use actions::describe_invocations::DescribeInvocationsRequest;
pub use actions::describe_invocations::DescribeInvocationsResponse;
pub use actions::describe_invoker_records::DescribeInvokerRecords;
pub use actions::describe_invoker_records::DescribeInvokerRecordsErrorCode;
pub use actions::describe_invoker_records::DescribeInvokerRecordsRequest;
pub use actions::describe_invoker_records::DescribeInvokerRecordsResponse;
pub use service::SERVICE;
pub use types::command_document::CommandDocument;
pub use types::command_type::CommandType;
pub use types::filter::Filter;
pub use types::instance_kind::InstanceKind;
pub use types::invocation::Invocation;
pub use types::invocation_source::InvocationSource;
pub use types::invocation_status::InvocationStatus;
pub use types::invocation_task::InvocationTask;
pub use types::invocation_task_basic_info::InvocationTaskBasicInfo;
pub use types::invoker_record::InvokerRecord;
pub use types::invoker_type::InvokerType;
pub use types::schedule_policy::SchedulePolicy;
pub use types::schedule_settings::ScheduleSettings;
pub use types::task_result::TaskResult;
pub use types::task_status::TaskStatus;
