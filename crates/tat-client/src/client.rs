// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! The `Client`, and the names users need in one place.

pub use tat_model::*;
pub use tat_model as model;
pub use sdk_runtime::{
    Config, ConfigBuilder, ConfigError, Credentials, InputError, InputErrorKind,
    InputWarning, InputWarningKind, Page, PageStream, Paginator, RateLimit, RetryConfig,
    SdkError, ServiceError, WaitOptions, WaiterError,
};

pub use crate::calls::cancel_invocation::CancelInvocationBuilder;
pub use crate::calls::create_command::CreateCommandBuilder;
pub use crate::calls::create_invoker::CreateInvokerBuilder;
pub use crate::calls::create_register_code::CreateRegisterCodeBuilder;
pub use crate::calls::delete_command::DeleteCommandBuilder;
pub use crate::calls::delete_commands::DeleteCommandsBuilder;
pub use crate::calls::delete_invoker::DeleteInvokerBuilder;
pub use crate::calls::delete_register_codes::DeleteRegisterCodesBuilder;
pub use crate::calls::delete_register_instance::DeleteRegisterInstanceBuilder;
pub use crate::calls::describe_automation_agent_status::DescribeAutomationAgentStatusBuilder;
pub use crate::calls::describe_commands::DescribeCommandsBuilder;
pub use crate::calls::describe_invocation_tasks::DescribeInvocationTasksBuilder;
pub use crate::calls::describe_invocations::DescribeInvocationsBuilder;
pub use crate::calls::describe_invoker_records::DescribeInvokerRecordsBuilder;
pub use crate::calls::describe_invokers::DescribeInvokersBuilder;
pub use crate::calls::describe_quotas::DescribeQuotasBuilder;
pub use crate::calls::describe_regions::DescribeRegionsBuilder;
pub use crate::calls::describe_register_codes::DescribeRegisterCodesBuilder;
pub use crate::calls::describe_register_instances::DescribeRegisterInstancesBuilder;
pub use crate::calls::describe_scenes::DescribeScenesBuilder;
pub use crate::calls::disable_invoker::DisableInvokerBuilder;
pub use crate::calls::disable_register_codes::DisableRegisterCodesBuilder;
pub use crate::calls::enable_invoker::EnableInvokerBuilder;
pub use crate::calls::invoke_command::InvokeCommandBuilder;
pub use crate::calls::modify_command::ModifyCommandBuilder;
pub use crate::calls::modify_invoker::ModifyInvokerBuilder;
pub use crate::calls::modify_register_instance::ModifyRegisterInstanceBuilder;
pub use crate::calls::preview_replaced_command_content::PreviewReplacedCommandContentBuilder;
pub use crate::calls::run_command::RunCommandBuilder;

/// A client for every action of the service. Cheap to clone; clones share connections
/// and rate limits.
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::ServiceClient,
}

impl Client {
    /// A client with explicit configuration.
    pub fn new(config: Config) -> Result<Self, ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::new(&tat_model::SERVICE, config)?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::from_env(&tat_model::SERVICE)?,
        })
    }

    /// The runtime client underneath, for untyped calls (`send_json`).
    pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
        &self.inner
    }

    /// `CancelInvocation`: Cancel the executed command on one or multiple instances.
    ///
    /// * If the command is not delivered to the agent and the task status is in PENDING, DELIVERING, or DELIVER_DELAYED, the state of a task is CANCELLED after cancellation. * If the command is sent to the agent and the task status is RUNNING, the task status is TERMINATED after cancellation.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn cancel_invocation(&self) -> CancelInvocationBuilder {
        CancelInvocationBuilder::new(self.inner.clone())
    }

    /// `CreateCommand`: This API is used to create a command.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_command(&self) -> CreateCommandBuilder {
        CreateCommandBuilder::new(self.inner.clone())
    }

    /// `CreateInvoker`: This API is used to create an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_invoker(&self) -> CreateInvokerBuilder {
        CreateInvokerBuilder::new(self.inner.clone())
    }

    /// `CreateRegisterCode`: This API is used to create a registration code.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_register_code(&self) -> CreateRegisterCodeBuilder {
        CreateRegisterCodeBuilder::new(self.inner.clone())
    }

    /// `DeleteCommand`: This API is used to delete a command. Commands bound to an invoker cannot be deleted.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_command(&self) -> DeleteCommandBuilder {
        DeleteCommandBuilder::new(self.inner.clone())
    }

    /// `DeleteCommands`: This API is used to execute batch deletion commands.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_commands(&self) -> DeleteCommandsBuilder {
        DeleteCommandsBuilder::new(self.inner.clone())
    }

    /// `DeleteInvoker`: This API is used to delete an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_invoker(&self) -> DeleteInvokerBuilder {
        DeleteInvokerBuilder::new(self.inner.clone())
    }

    /// `DeleteRegisterCodes`: This API is used to delete registration codes in batches.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_register_codes(&self) -> DeleteRegisterCodesBuilder {
        DeleteRegisterCodesBuilder::new(self.inner.clone())
    }

    /// `DeleteRegisterInstance`: This API is used to delete managed instances.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn delete_register_instance(&self) -> DeleteRegisterInstanceBuilder {
        DeleteRegisterInstanceBuilder::new(self.inner.clone())
    }

    /// `DescribeAutomationAgentStatus`: This API is used to query the status of the TAT agent.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_automation_agent_status(
        &self,
    ) -> DescribeAutomationAgentStatusBuilder {
        DescribeAutomationAgentStatusBuilder::new(self.inner.clone())
    }

    /// `DescribeCommands`: This API is used to query command details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_commands(&self) -> DescribeCommandsBuilder {
        DescribeCommandsBuilder::new(self.inner.clone())
    }

    /// `DescribeInvocationTasks`: This API is used to query execution task details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocation_tasks(&self) -> DescribeInvocationTasksBuilder {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
    }

    /// `DescribeInvocations`: This API is used to query execution activity details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocations(&self) -> DescribeInvocationsBuilder {
        DescribeInvocationsBuilder::new(self.inner.clone())
    }

    /// `DescribeInvokerRecords`: This API is used to query the execution history of an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invoker_records(&self) -> DescribeInvokerRecordsBuilder {
        DescribeInvokerRecordsBuilder::new(self.inner.clone())
    }

    /// `DescribeInvokers`: This API is used to query invoker details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invokers(&self) -> DescribeInvokersBuilder {
        DescribeInvokersBuilder::new(self.inner.clone())
    }

    /// `DescribeQuotas`: This API is used to obtain quota information.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_quotas(&self) -> DescribeQuotasBuilder {
        DescribeQuotasBuilder::new(self.inner.clone())
    }

    /// `DescribeRegions`: This API is used to query the list of regions that supports TAT. If the RegionState is AVAILABLE, it means that TAT is available in the region. If no value is returned, TAT is not available in the region.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_regions(&self) -> DescribeRegionsBuilder {
        DescribeRegionsBuilder::new(self.inner.clone())
    }

    /// `DescribeRegisterCodes`: This API is used to query registration code info.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_register_codes(&self) -> DescribeRegisterCodesBuilder {
        DescribeRegisterCodesBuilder::new(self.inner.clone())
    }

    /// `DescribeRegisterInstances`: This API is used to query managed instance information.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_register_instances(&self) -> DescribeRegisterInstancesBuilder {
        DescribeRegisterInstancesBuilder::new(self.inner.clone())
    }

    /// `DescribeScenes`: This API is used to query scenario details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_scenes(&self) -> DescribeScenesBuilder {
        DescribeScenesBuilder::new(self.inner.clone())
    }

    /// `DisableInvoker`: This API is used to disable an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn disable_invoker(&self) -> DisableInvokerBuilder {
        DisableInvokerBuilder::new(self.inner.clone())
    }

    /// `DisableRegisterCodes`: This API is used to bulk disable registration codes.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn disable_register_codes(&self) -> DisableRegisterCodesBuilder {
        DisableRegisterCodesBuilder::new(self.inner.clone())
    }

    /// `EnableInvoker`: This API is used to enable an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn enable_invoker(&self) -> EnableInvokerBuilder {
        EnableInvokerBuilder::new(self.inner.clone())
    }

    /// `InvokeCommand`: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
    ///
    /// * If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn invoke_command(&self) -> InvokeCommandBuilder {
        InvokeCommandBuilder::new(self.inner.clone())
    }

    /// `ModifyCommand`: This API is used to modify a command.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_command(&self) -> ModifyCommandBuilder {
        ModifyCommandBuilder::new(self.inner.clone())
    }

    /// `ModifyInvoker`: This API is used to modify an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_invoker(&self) -> ModifyInvokerBuilder {
        ModifyInvokerBuilder::new(self.inner.clone())
    }

    /// `ModifyRegisterInstance`: This API is used to modify managed instance information.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn modify_register_instance(&self) -> ModifyRegisterInstanceBuilder {
        ModifyRegisterInstanceBuilder::new(self.inner.clone())
    }

    /// `PreviewReplacedCommandContent`: This API is used to preview the command with custom parameters. The command is not executed.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn preview_replaced_command_content(
        &self,
    ) -> PreviewReplacedCommandContentBuilder {
        PreviewReplacedCommandContentBuilder::new(self.inner.clone())
    }

    /// `RunCommand`: This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
    ///
    /// * If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_command(&self) -> RunCommandBuilder {
        RunCommandBuilder::new(self.inner.clone())
    }

    /// Wait until every invocation named is in a final status (InvocationStatus SUCCESS, FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED): `InvocationFinished`, polling `DescribeInvocations`.
    ///
    /// Returns the `DescribeInvocations` builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error). Delays grow from 2 s to 15 s with jitter.
    pub fn wait_until_invocation_finished(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_FINISHED))
    }

    /// Wait until every invocation named succeeded; fails as soon as one is FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED: `InvocationSucceeded`, polling `DescribeInvocations`.
    ///
    /// Returns the `DescribeInvocations` builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error). Delays grow from 2 s to 15 s with jitter.
    pub fn wait_until_invocation_succeeded(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_SUCCEEDED))
    }

    /// Wait until every task selected is in a final status (TaskStatus SUCCESS, FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED): `InvocationTasksFinished`, polling `DescribeInvocationTasks`.
    ///
    /// Returns the `DescribeInvocationTasks` builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error). Delays grow from 2 s to 15 s with jitter.
    pub fn wait_until_invocation_tasks_finished(
        &self,
    ) -> DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_TASKS_FINISHED),
            )
    }

    /// Wait until every task selected succeeded; fails as soon as one is FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED, without waiting for the others: `InvocationTasksSucceeded`, polling `DescribeInvocationTasks`.
    ///
    /// Returns the `DescribeInvocationTasks` builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error). Delays grow from 2 s to 15 s with jitter.
    pub fn wait_until_invocation_tasks_succeeded(
        &self,
    ) -> DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_TASKS_SUCCEEDED),
            )
    }

    /// Wait until the automation agent of every instance named is online (AgentStatus Online): `AgentOnline`, polling `DescribeAutomationAgentStatus`.
    ///
    /// Returns the `DescribeAutomationAgentStatus` builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error). Delays grow from 5 s to 60 s with jitter.
    pub fn wait_until_agent_online(
        &self,
    ) -> DescribeAutomationAgentStatusBuilder<sdk_runtime::Waiting> {
        DescribeAutomationAgentStatusBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::AGENT_ONLINE))
    }
}
