// @generated from spec/tat/2020-10-28/actions/DescribeRegisterInstances.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeRegisterInstances`.

use tat_model::{
    ErrorCode, DescribeRegisterInstancesRequest, DescribeRegisterInstancesResponse,
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
///     .filters([tat_client::Filter::new("instance-name", ["WebServer-01"])])
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

    /// Sets `InstanceIds`: Managed instance id. The maximum per request is 100. Parameters must not be specified simultaneously InstanceIds and Filters.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `InstanceIds` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets `Filters`: Filter list. the maximum number of Filters is 10 per request, and the maximum number of Filter.Values is 5. parameters must not be specified simultaneously for InstanceIds and Filters. - instance-name Filter by \[managed instance name\]. Type: String. Required: No - instance-id Filter by \[managed instance ID\]. Type: String. Required: No - register-status Filter by \[managed instance status\]. valid values: Online | Offline. Type: String. Required: No - local-ip Filter by \[managed instance nic IP\]. Type: String. Required: No - register-code-id Filter by \[managed instance registration code ID\]. call the DescribeRegisterCodes api to query registration codes. Type: String. Required: No - sys-name Filter by \[operating system type\]. valid values: Linux | Windows. Type: String. Required: No - tag-key Filter by \[tag key\]. Type: String. Required: No - tag-value Filter by \[tag value\]. Type: String. Required: No - tag:tag-key Filter by \[tag key-value pair\]. replace tag-key with a specific Tag key. Type: String. Required: No For example, the Filter is {"Name": "tag:key1", "Values": \["v1", "v2"\] }, which queries all resources belonging to tag key1:v1 or key1:v2.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `Filters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets `Offset`: Offset. default value: 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears `Offset` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_offset(mut self, value: Option<i64>) -> Self {
        self.request.offset = value;
        self
    }

    /// Sets `Limit`: Number of returned results, defaults to 20, maximum value is 100.
    pub fn limit(mut self, value: i64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears `Limit` from an `Option`, for members set conditionally: `None` leaves it out of the request.
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
        self.client.send::<tat_model::DescribeRegisterInstances>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(
        self,
    ) -> sdk_runtime::Paginator<tat_model::DescribeRegisterInstances> {
        self.client.paginate::<tat_model::DescribeRegisterInstances>(self.request)
    }
}
