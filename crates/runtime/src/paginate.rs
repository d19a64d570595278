//! Paging through Offset/Limit actions as a stream.
//!
//! Each next request's offset is the previous offset plus the number of items *received*
//! (not the requested limit: a service may return fewer). Paging stops at the service's
//! total count or at the first empty page, whichever comes first, so a service that miscounts
//! cannot make it loop forever.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::{stream, StreamExt, TryStreamExt};
use sdk_shape::{Page, PagedAction};

use crate::client::ServiceClient;
use crate::error::SdkError;

/// Pages of a paginated action; consume with [`pages`](Paginator::pages) or
/// [`items`](Paginator::items).
#[derive(Debug)]
pub struct Paginator<A: PagedAction> {
    client: ServiceClient,
    request: A::Request,
}

enum State<R> {
    Next(R),
    Done,
}

impl<A: PagedAction> Paginator<A> {
    pub(crate) fn new(client: ServiceClient, request: A::Request) -> Self {
        Paginator { client, request }
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
        let client = self.client;
        stream::unfold((State::Next(self.request), true), move |(state, first)| {
            let client = client.clone();
            async move {
                let State::Next(mut request) = state else {
                    return None;
                };
                match client.send::<A>(&request).await {
                    Err(e) => Some((Err(e), (State::Done, false))),
                    Ok(response) => {
                        let page = A::into_page(response);
                        if page.items.is_empty() && !first {
                            return None;
                        }
                        let received = i64::try_from(page.items.len()).unwrap_or(i64::MAX);
                        let offset = A::offset(&request).saturating_add(received);
                        let finished = received == 0
                            || page
                                .total
                                .is_some_and(|t| u64::try_from(offset).is_ok_and(|o| o >= t));
                        let next = if finished {
                            State::Done
                        } else {
                            A::set_offset(&mut request, offset);
                            State::Next(request)
                        };
                        Some((Ok(page), (next, false)))
                    }
                }
            }
        })
    }
}

/// The pages or items of a [`Paginator`]: a stream with inherent `next()` and `try_collect()`
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
