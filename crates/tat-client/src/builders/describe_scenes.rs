// @generated from spec/tat/2020-10-28/actions/DescribeScenes.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeScenes`.

use tat_model::ErrorCode;
use tat_model::actions::describe_scenes::{
    DescribeScenes, DescribeScenesRequest, DescribeScenesResponse,
};

/// Builds and sends `DescribeScenes`: This API is used to query scenario details.
///
/// # Examples
///
/// Query Scenario (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_scenes()
///     .scene_ids(["sc-12345678"])
///     .offset(0)
///     .limit(20)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeScenesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeScenesRequest,
}

impl DescribeScenesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeScenesRequest::default(),
        }
    }

    /// Sets [`SceneIds`](DescribeScenesRequest::scene_ids): Scene ID array.
    pub fn scene_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.scene_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`SceneIds`](DescribeScenesRequest::scene_ids): `None` leaves it out.
    pub fn set_scene_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.scene_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeScenesRequest::filters): Filter criteria.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_scenes::filters`]):
    /// - `scene-id` ([`SCENE_ID`](tat_model::actions::describe_scenes::filters::SCENE_ID)): (filter condition) filter by the scene id.
    /// - `scene-name` ([`SCENE_NAME`](tat_model::actions::describe_scenes::filters::SCENE_NAME)): (filtering conditions) filter by scenario name.
    /// - `created-by` ([`CREATED_BY`](tat_model::actions::describe_scenes::filters::CREATED_BY)): (filter criteria) filter by scene creator, currently only support TAT, representing public scenarios.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeScenesRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeScenesRequest::limit): Number of returned results, defaults to 20 with a maximum value of 100.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeScenesRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeScenesRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeScenesRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeScenesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeScenesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeScenesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeScenes>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeScenes> {
        self.client.paginate::<DescribeScenes>(self.request)
    }
}
