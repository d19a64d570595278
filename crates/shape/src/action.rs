//! The typed face of an action: the generated model crates implement these traits on one
//! marker type per action, so the client runtime can send any action with one generic
//! function and page through any Offset/Limit action with one generic paginator.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::ActionShape;

/// An action: its request, response and error-code types and its documented shape.
pub trait Action: 'static {
    /// The request members.
    type Request: Serialize + Clone + Debug + Send + Sync + 'static;
    /// The response members (inside Tencent's `Response` envelope; the whole body for Alibaba).
    type Response: DeserializeOwned + Debug + Send + 'static;
    /// The documented error codes, with an `Unknown` variant for the rest.
    type ErrorCode: for<'a> From<&'a str> + Clone + Debug + PartialEq + Send + Sync + 'static;
    /// The documented facts of the action.
    const SHAPE: &'static ActionShape;
}

/// One page of a paginated action.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Total number of items the service reports, across all pages.
    pub total: Option<u64>,
}

/// An action with Offset/Limit requests and TotalCount responses.
pub trait PagedAction: Action {
    /// One item of a page.
    type Item: Debug + Send + 'static;
    /// The request's offset (0 when unset).
    fn offset(request: &Self::Request) -> i64;
    /// Set the request's offset.
    fn set_offset(request: &mut Self::Request, offset: i64);
    /// Split a response into its items and total.
    fn into_page(response: Self::Response) -> Page<Self::Item>;
}
