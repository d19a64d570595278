// @generated from spec/tat/2020-10-28/actions/DescribeRegisterInstances.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeRegisterInstances`.

use tat_model::ErrorCode;
use tat_model::actions::describe_register_instances::{
    DescribeRegisterInstances, DescribeRegisterInstancesRequest,
    DescribeRegisterInstancesResponse,
};

/// Builds and sends `DescribeRegisterInstances`: This API is used to query managed instance information.
///
/// # Examples
///
/// Query Managed Instances Based on Filters (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_register_instances()
///     .filters([tat_client::types::Filter::new("instance-name", ["WebServer-01"])])
///     .offset(0)
///     .limit(1)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Querying a Managed Instance by ID (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_register_instances()
///     .instance_ids(["rins-uf673dgi"])
///     .offset(0)
///     .limit(1)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeRegisterInstancesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeRegisterInstancesRequest,
}

impl DescribeRegisterInstancesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeRegisterInstancesRequest::default(),
        }
    }

    /// Sets [`InstanceIds`](DescribeRegisterInstancesRequest::instance_ids): Managed instance id.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](DescribeRegisterInstancesRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeRegisterInstancesRequest::filters): Filter list.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_register_instances::filters`]):
    /// - `instance-name` ([`INSTANCE_NAME`](tat_model::actions::describe_register_instances::filters::INSTANCE_NAME)): Filter by \[managed instance name\].
    /// - `instance-id` ([`INSTANCE_ID`](tat_model::actions::describe_register_instances::filters::INSTANCE_ID)): Filter by \[managed instance ID\].
    /// - `register-status` ([`REGISTER_STATUS`](tat_model::actions::describe_register_instances::filters::REGISTER_STATUS)): Filter by \[managed instance status\]. valid values: Online \| Offline.
    /// - `local-ip` ([`LOCAL_IP`](tat_model::actions::describe_register_instances::filters::LOCAL_IP)): Filter by \[managed instance nic IP\].
    /// - `register-code-id` ([`REGISTER_CODE_ID`](tat_model::actions::describe_register_instances::filters::REGISTER_CODE_ID)): Filter by \[managed instance registration code ID\]. call the [DescribeRegisterCodes](https://www.tencentcloud.com/document/api/1340/96925?from_cn_redirect=1) api to query registration codes.
    /// - `sys-name` ([`SYS_NAME`](tat_model::actions::describe_register_instances::filters::SYS_NAME)): Filter by \[operating system type\]. valid values: Linux \| Windows.
    /// - `tag-key` ([`TAG_KEY`](tat_model::actions::describe_register_instances::filters::TAG_KEY)): Filter by \[tag key\].
    /// - `tag-value` ([`TAG_VALUE`](tat_model::actions::describe_register_instances::filters::TAG_VALUE)): Filter by \[tag value\].
    /// - `tag:tag-key` ([`tag()`](tat_model::actions::describe_register_instances::filters::tag)): Filter by \[tag key-value pair\]. replace tag-key with a specific Tag key.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeRegisterInstancesRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Offset`](DescribeRegisterInstancesRequest::offset): Offset.
    pub fn offset(mut self, value: i64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeRegisterInstancesRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<i64>) -> Self {
        self.request.offset = value;
        self
    }

    /// Sets [`Limit`](DescribeRegisterInstancesRequest::limit): Number of returned results, defaults to 20, maximum value is 100.
    pub fn limit(mut self, value: i64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeRegisterInstancesRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<i64>) -> Self {
        self.request.limit = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeRegisterInstancesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeRegisterInstancesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeRegisterInstancesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeRegisterInstances>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeRegisterInstances> {
        self.client.paginate::<DescribeRegisterInstances>(self.request)
    }
}
