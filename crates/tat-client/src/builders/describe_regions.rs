// @generated from spec/tat/2020-10-28/actions/DescribeRegions.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeRegions`.

use tat_model::ErrorCode;
use tat_model::actions::describe_regions::{
    DescribeRegions, DescribeRegionsRequest, DescribeRegionsResponse,
};

/// Builds and sends `DescribeRegions`: This API is used to query the list of regions that supports TAT.
/// If the `RegionState` is `AVAILABLE`, it means that TAT is available in the region. If no value is returned, TAT is not available in the region.
///
/// # Examples
///
/// This API is used to query the region list. (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_regions()
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeRegionsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeRegionsRequest,
}

impl DescribeRegionsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeRegionsRequest::default(),
        }
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeRegionsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeRegionsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeRegionsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeRegions>(&self.request).await
    }
}
