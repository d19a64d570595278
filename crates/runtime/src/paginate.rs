//! Paging through Offset/Limit actions as a stream.
//!
//! Where the next page starts and when to stop is `sdk_shape::next_offset`, the rule the
//! CLI's `--all` follows too: the offset advances by the items *received*, and paging stops
//! at an empty page, at the total count, at a short page when there is no total, or after
//! `sdk_shape::MAX_PAGES` pages, so a service that miscounts cannot make it loop forever.
//!
//! The paginator takes the call as a closure (as smithy's orchestrators take the operation),
//! so it knows nothing of clients: [`ServiceClient::paginate`](crate::ServiceClient::paginate)
//! passes one that sends through the client.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::{stream, StreamExt, TryStreamExt};
use sdk_shape::{next_offset, Action, Page, PageReceived, PagedAction};

use crate::error::SdkError;

/// The result of one call of action `A`.
type Answer<A> = Result<<A as Action>::Response, SdkError<<A as Action>::ErrorCode>>;

/// Where a paginator's pages come from: one call of action `A` with a request.
/// [`ServiceClient`](crate::ServiceClient) is one, which makes [`Paginator`](crate::Paginator).
///
/// A trait rather than a boxed closure, so nothing is compiled for an action's calls until
/// its pages are asked for: a closure boxed when a generated builder makes its paginator
/// compiled the whole call once per paged action into every client crate (TAT's client took
/// three times as long to build).
pub trait PageSource<A: Action>: Clone + Send + Sync + 'static {
    /// One call of the action with `request`.
    fn fetch(&self, request: A::Request) -> impl Future<Output = Answer<A>> + Send + 'static;
}

/// Pages of a paginated action fetched from `S`; consume with [`pages`](Pages::pages) or
/// [`items`](Pages::items).
pub struct Pages<A: PagedAction, S> {
    source: S,
    request: A::Request,
}

impl<A: PagedAction, S> std::fmt::Debug for Pages<A, S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("request", &self.request)
            .finish_non_exhaustive()
    }
}

enum State<R> {
    /// The request of the next page, and how many pages came before it.
    Next(R, usize),
    Done,
}

impl<A: PagedAction, S: PageSource<A>> Pages<A, S> {
    /// The pages of `request`, starting at its offset, each one fetched from `source` with
    /// the request's offset set to where the page starts.
    pub fn new(source: S, request: A::Request) -> Self {
        Pages { source, request }
    }

    /// Every page, in order; an error ends the stream after it is yielded. The first page
    /// is yielded even when it is empty.
    ///
    /// ```no_run
    /// # async fn demo<A: sdk_runtime::PagedAction>(p: sdk_runtime::Paginator<A>) {
    /// let mut pages = p.pages();
    /// while let Some(page) = pages.next().await {
    ///     let page = page.expect("a page");
    ///     println!("{} items of {:?}", page.items.len(), page.total);
    /// }
    /// # }
    /// ```
    pub fn pages(self) -> PageStream<Page<A::Item>, SdkError<A::ErrorCode>> {
        PageStream {
            inner: Box::pin(self.page_stream()),
        }
    }

    /// Every item of every page, in order.
    pub fn items(self) -> PageStream<A::Item, SdkError<A::ErrorCode>> {
        PageStream {
            inner: Box::pin(
                self.page_stream()
                    .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
                    .try_flatten(),
            ),
        }
    }

    fn page_stream(
        self,
    ) -> impl Stream<Item = Result<Page<A::Item>, SdkError<A::ErrorCode>>> + Send + 'static {
        let source = self.source;
        // The page size asked for, for the short-page rule; the request's own, since it
        // stays the same on every page.
        let limit = A::SHAPE.pagination.and_then(|p| {
            serde_json::to_value(&self.request)
                .ok()?
                .get(p.limit)?
                .as_u64()
        });
        stream::unfold(State::Next(self.request, 0), move |state| {
            let source = source.clone();
            async move {
                let State::Next(mut request, pages) = state else {
                    return None;
                };
                match source.fetch(request.clone()).await {
                    Err(e) => Some((Err(e), State::Done)),
                    Ok(response) => {
                        let page = A::into_page(response);
                        // An empty page after a full one ends the stream unseen: it only
                        // says that the previous page was the last.
                        if page.items.is_empty() && pages > 0 {
                            return None;
                        }
                        let next = next_offset(&PageReceived {
                            offset: A::offset(&request),
                            items: page.items.len(),
                            total: page.total,
                            limit,
                            number: pages + 1,
                        });
                        let state = match next {
                            Some(offset) => {
                                A::set_offset(&mut request, offset);
                                State::Next(request, pages + 1)
                            }
                            None => State::Done,
                        };
                        Some((Ok(page), state))
                    }
                }
            }
        })
    }
}

/// The pages or items of a [`Pages`]: a stream with inherent `next()` and `try_collect()`
/// so that `while let Some(x) = stream.next().await` needs no import and no pinning; it is
/// also a [`futures_core::Stream`] for combinators.
#[must_use = "a stream does nothing until polled"]
pub struct PageStream<T, E> {
    inner: Pin<Box<dyn Stream<Item = Result<T, E>> + Send>>,
}

impl<T, E> std::fmt::Debug for PageStream<T, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream").finish_non_exhaustive()
    }
}

impl<T, E> PageStream<T, E> {
    /// The next page or item; `None` when there are no more.
    pub async fn next(&mut self) -> Option<Result<T, E>> {
        self.inner.next().await
    }

    /// Everything, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<T>, E> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}

impl<T, E> Stream for PageStream<T, E> {
    type Item = Result<T, E>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
