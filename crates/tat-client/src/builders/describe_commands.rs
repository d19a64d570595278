// @generated from spec/tat/2020-10-28/actions/DescribeCommands.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeCommands`.

use tat_model::ErrorCode;
use tat_model::actions::describe_commands::{
    DescribeCommands, DescribeCommandsRequest, DescribeCommandsResponse,
};

/// Builds and sends `DescribeCommands`: This API is used to query command details.
///
/// # Examples
///
/// Query a Command Using CommandId (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_commands()
///     .command_ids(["cmd-dvstpcyy"])
///     .offset(0)
///     .limit(20)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Using created-by Filter to Query (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_commands()
///     .offset(0)
///     .limit(1)
///     .filters([tat_client::types::Filter::new("created-by", ["USER"])])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Use command-name Filter to Query (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_commands()
///     .offset(0)
///     .limit(20)
///     .filters([tat_client::types::Filter::new("command-name", ["second-command", "first-command"])])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Using tag:tag-key Filter Query Command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_commands()
///     .filters([tat_client::types::Filter::new("tag:test-key", ["test-value"])])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeCommandsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeCommandsRequest,
}

impl DescribeCommandsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeCommandsRequest::default(),
        }
    }

    /// Sets [`CommandIds`](DescribeCommandsRequest::command_ids): List of command IDs.
    pub fn command_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.command_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`CommandIds`](DescribeCommandsRequest::command_ids): `None` leaves it out.
    pub fn set_command_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.command_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeCommandsRequest::filters): Filter criteria.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_commands::filters`]):
    /// - `command-id` ([`COMMAND_ID`](tat_model::actions::describe_commands::filters::COMMAND_ID)): (filter condition) filter by the command id.
    /// - `command-name` ([`COMMAND_NAME`](tat_model::actions::describe_commands::filters::COMMAND_NAME)): (filter condition) filter by the command name.
    /// - `command-type` ([`COMMAND_TYPE`](tat_model::actions::describe_commands::filters::COMMAND_TYPE)): (filtering conditions) filters by command type. valid values: SHELL, POWERSHELL, BAT.
    /// - `scene-id` ([`SCENE_ID`](tat_model::actions::describe_commands::filters::SCENE_ID)): (filter condition) filter by scenario id. obtain scenario id through the [DescribeScenes (query scenario)](https://www.tencentcloud.com/document/api/1340/109968?from_cn_redirect=1) api.
    /// - `created-by` ([`CREATED_BY`](tat_model::actions::describe_commands::filters::CREATED_BY)): (filter condition) filter by command creator, value is TAT or USER. TAT represents public command, USER represents USER created command.
    /// - `tag-key` ([`TAG_KEY`](tat_model::actions::describe_commands::filters::TAG_KEY)): (filter condition) filter by the tag key.
    /// - `tag-value` ([`TAG_VALUE`](tat_model::actions::describe_commands::filters::TAG_VALUE)): (filter condition) filter by the tag value.
    /// - `tag:tag-key` ([`tag()`](tat_model::actions::describe_commands::filters::tag)): (filter condition) filter by the tag-key - value pair. replace tag-key with a specific tag key. for usage, see example 4.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeCommandsRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeCommandsRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeCommandsRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeCommandsRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeCommandsRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeCommandsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeCommandsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeCommandsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeCommands>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeCommands> {
        self.client.paginate::<DescribeCommands>(self.request)
    }
}
