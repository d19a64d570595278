// @generated from spec/cs/2015-12-15/actions/DescribeTemplates.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeTemplates`.

use cs_model::ErrorCode;
use cs_model::actions::describe_templates::{
    DescribeTemplates, DescribeTemplatesRequest, DescribeTemplatesResponse,
};

/// Builds and sends `DescribeTemplates`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeTemplatesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeTemplatesRequest,
}

impl DescribeTemplatesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeTemplatesRequest::default(),
        }
    }

    /// Sets [`page_num`](DescribeTemplatesRequest::page_num): The page number of the returned results.
    pub fn page_num(mut self, value: i64) -> Self {
        self.request.page_num = Some(value);
        self
    }

    /// Sets or clears [`page_num`](DescribeTemplatesRequest::page_num): `None` leaves it out.
    pub fn set_page_num(mut self, value: Option<i64>) -> Self {
        self.request.page_num = value;
        self
    }

    /// Sets [`page_size`](DescribeTemplatesRequest::page_size): The number of entries to return on each page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`page_size`](DescribeTemplatesRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// Sets [`template_type`](DescribeTemplatesRequest::template_type): The templatetype.
    pub fn template_type(mut self, value: impl Into<String>) -> Self {
        self.request.template_type = Some(value.into());
        self
    }

    /// Sets or clears [`template_type`](DescribeTemplatesRequest::template_type): `None` leaves it out.
    pub fn set_template_type(mut self, value: Option<String>) -> Self {
        self.request.template_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeTemplatesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeTemplatesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeTemplatesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeTemplates>(&self.request).await
    }
}
