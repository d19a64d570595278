//! Paging through Offset/Limit actions as a stream.
//!
//! Each next request's offset is the previous offset plus the number of items *received*
//! (not the requested limit: a service may return fewer). Paging stops at the service's
//! total count or at the first empty page, whichever comes first, so a service that miscounts
//! cannot make it loop forever.

use futures_core::Stream;
use futures_util::{stream, TryStreamExt};
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
    pub fn pages(self) -> impl Stream<Item = Result<Page<A::Item>, SdkError<A::ErrorCode>>> + Send {
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

    /// Every item of every page, in order.
    pub fn items(self) -> impl Stream<Item = Result<A::Item, SdkError<A::ErrorCode>>> + Send {
        self.pages()
            .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten()
    }
}
