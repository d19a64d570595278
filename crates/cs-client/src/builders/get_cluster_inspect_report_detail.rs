// @generated from spec/cs/2015-12-15/actions/GetClusterInspectReportDetail.json by `cargo xtask codegen`; do not edit.
//! The builder of `GetClusterInspectReportDetail`.

use cs_model::ErrorCode;
use cs_model::actions::get_cluster_inspect_report_detail::{
    GetClusterInspectReportDetail, GetClusterInspectReportDetailRequest,
    GetClusterInspectReportDetailResponse,
};

/// Builds and sends `GetClusterInspectReportDetail`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct GetClusterInspectReportDetailBuilder {
    client: sdk_runtime::ServiceClient,
    request: GetClusterInspectReportDetailRequest,
}

impl GetClusterInspectReportDetailBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: GetClusterInspectReportDetailRequest::default(),
        }
    }

    /// Sets [`ClusterId`](GetClusterInspectReportDetailRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](GetClusterInspectReportDetailRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`ReportId`](GetClusterInspectReportDetailRequest::report_id).
    ///
    /// Required.
    pub fn report_id(mut self, value: impl Into<String>) -> Self {
        self.request.report_id = Some(value.into());
        self
    }

    /// Sets or clears [`ReportId`](GetClusterInspectReportDetailRequest::report_id): `None` leaves it out.
    pub fn set_report_id(mut self, value: Option<String>) -> Self {
        self.request.report_id = value;
        self
    }

    /// Sets [`category`](GetClusterInspectReportDetailRequest::category): The category of the inspection item.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.request.category = Some(value.into());
        self
    }

    /// Sets or clears [`category`](GetClusterInspectReportDetailRequest::category): `None` leaves it out.
    pub fn set_category(mut self, value: Option<String>) -> Self {
        self.request.category = value;
        self
    }

    /// Sets [`enableFilter`](GetClusterInspectReportDetailRequest::enable_filter): Specifies whether to filter inspection items.
    pub fn enable_filter(mut self, value: bool) -> Self {
        self.request.enable_filter = Some(value);
        self
    }

    /// Sets or clears [`enableFilter`](GetClusterInspectReportDetailRequest::enable_filter): `None` leaves it out.
    pub fn set_enable_filter(mut self, value: Option<bool>) -> Self {
        self.request.enable_filter = value;
        self
    }

    /// Sets [`language`](GetClusterInspectReportDetailRequest::language): The query language.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.request.language = Some(value.into());
        self
    }

    /// Sets or clears [`language`](GetClusterInspectReportDetailRequest::language): `None` leaves it out.
    pub fn set_language(mut self, value: Option<String>) -> Self {
        self.request.language = value;
        self
    }

    /// Sets [`level`](GetClusterInspectReportDetailRequest::level): The level of the inspection item.
    pub fn level(mut self, value: impl Into<String>) -> Self {
        self.request.level = Some(value.into());
        self
    }

    /// Sets or clears [`level`](GetClusterInspectReportDetailRequest::level): `None` leaves it out.
    pub fn set_level(mut self, value: Option<String>) -> Self {
        self.request.level = value;
        self
    }

    /// Sets [`maxResults`](GetClusterInspectReportDetailRequest::max_results): The maximum number of entries per page.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`maxResults`](GetClusterInspectReportDetailRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`nextToken`](GetClusterInspectReportDetailRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`nextToken`](GetClusterInspectReportDetailRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`targetType`](GetClusterInspectReportDetailRequest::target_type): The object type.
    pub fn target_type(mut self, value: impl Into<String>) -> Self {
        self.request.target_type = Some(value.into());
        self
    }

    /// Sets or clears [`targetType`](GetClusterInspectReportDetailRequest::target_type): `None` leaves it out.
    pub fn set_target_type(mut self, value: Option<String>) -> Self {
        self.request.target_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &GetClusterInspectReportDetailRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: GetClusterInspectReportDetailRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        GetClusterInspectReportDetailResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<GetClusterInspectReportDetail>(&self.request).await
    }
}
