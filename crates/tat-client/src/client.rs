// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
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
            inner: sdk_runtime::ServiceClient::new(&tat_model::SERVICE, config)?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, sdk_runtime::ConfigError> {
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
    /// - If the command is not delivered to the agent and the task status is in PENDING, DELIVERING, or DELIVER_DELAYED, the state of a task is CANCELLED after cancellation.
    /// - If the command is sent to the agent and the task status is RUNNING, the task status is TERMINATED after cancellation.
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

    /// `DeleteCommand`: This API is used to delete a command.
    /// Commands bound to an invoker cannot be deleted.
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

    /// `DescribeRegions`: This API is used to query the list of regions that supports TAT.
    /// If the `RegionState` is `AVAILABLE`, it means that TAT is available in the region. If no value is returned, TAT is not available in the region.
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
    /// - If the agent is not installed on the instance or is offline, an error is returned.
    /// - If the command type is not supported by the agent runtime environment, an error is returned.
    /// - The specified instance needs to be in a VPC network.
    /// - The specified instance needs to be in the RUNNING status.
    /// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
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
    /// - If the agent is not installed on the instance or is offline, an error is returned.
    /// - If the command type is not supported by the agent runtime environment, an error is returned.
    /// - The specified instance needs to be in a VPC network.
    /// - The specified instance needs to be in the `RUNNING` status.
    /// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn run_command(&self) -> RunCommandBuilder {
        RunCommandBuilder::new(self.inner.clone())
    }

    /// Waits until every invocation named is in a final status ([InvocationStatus](crate::types::InvocationStatus) SUCCESS, FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED) (`InvocationFinished`): the [`DescribeInvocationsBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_finished(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_FINISHED))
    }

    /// Waits until every invocation named succeeded; fails as soon as one is FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED (`InvocationSucceeded`): the [`DescribeInvocationsBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_succeeded(
        &self,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_SUCCEEDED))
    }

    /// Waits until every task selected is in a final status ([TaskStatus](crate::types::TaskStatus) SUCCESS, FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED) (`InvocationTasksFinished`): the [`DescribeInvocationTasksBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_tasks_finished(
        &self,
    ) -> DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_TASKS_FINISHED),
            )
    }

    /// Waits until every task selected succeeded; fails as soon as one is FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED, without waiting for the others (`InvocationTasksSucceeded`): the [`DescribeInvocationTasksBuilder`] builder in waiting mode, polling every 2 to 15 s; see [Waiting](crate#waiting).
    pub fn wait_until_invocation_tasks_succeeded(
        &self,
    ) -> DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
            .waiting(
                sdk_runtime::Waiting(&tat_model::waiters::INVOCATION_TASKS_SUCCEEDED),
            )
    }

    /// Waits until the automation agent of every instance named is online (AgentStatus Online) (`AgentOnline`): the [`DescribeAutomationAgentStatusBuilder`] builder in waiting mode, polling every 5 to 60 s; see [Waiting](crate#waiting).
    pub fn wait_until_agent_online(
        &self,
    ) -> DescribeAutomationAgentStatusBuilder<sdk_runtime::Waiting> {
        DescribeAutomationAgentStatusBuilder::new(self.inner.clone())
            .waiting(sdk_runtime::Waiting(&tat_model::waiters::AGENT_ONLINE))
    }
}
