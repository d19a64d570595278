//! Offset/Limit paging: which members page an action, and the one rule for when to stop.
//!
//! The SDK's paginator (`sdk_runtime::Paginator`) and the CLI's `--all` both follow the
//! pages of an action; they read the rule from here so the same action stops on the same
//! page whichever of them pages it.

/// Offset/Limit/TotalCount pagination of an action.
#[derive(Debug, Clone, Copy)]
pub struct Pagination {
    /// Request member with the offset of the first item.
    pub offset: &'static str,
    /// Request member with the page size.
    pub limit: &'static str,
    /// Response member with the total number of items.
    pub total: &'static str,
    /// Response member holding the page's items.
    pub items: &'static str,
}

/// The most pages one paging run requests: a bound on calls, so a service that keeps
/// answering full pages without a total (or with a total it never reaches) cannot make a
/// paginator loop forever. At the vendors' largest page sizes (100 and more) it is a
/// million items.
pub const MAX_PAGES: usize = 10_000;

/// What the paging rule reads of a page just received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageReceived {
    /// The offset the page was requested at.
    pub offset: i64,
    /// How many items it held.
    pub items: usize,
    /// The total number of items it reported, when it reported one.
    pub total: Option<u64>,
    /// The page size the request asked for (its limit), when it gave one.
    pub limit: Option<u64>,
    /// How many pages have been received, this one included (1 for the first).
    pub number: usize,
}

/// Where the next page starts, or `None` when `page` is the last.
///
/// The next offset is the page's offset plus the items *received*, not the limit asked for:
/// a service may send fewer than asked (its own maximum page size is smaller), and counting
/// the limit would skip items. Paging stops
///
/// - at an empty page: nothing more can come, whatever the total says (a service that
///   counts more items than it returns still ends);
/// - at the total, when the page reports one: the next offset is past the last item;
/// - at a short page (fewer items than the limit asked for), only when no total is
///   reported: with a total, a short page can be the service capping the page size, and the
///   total says whether more follow; without one, a short page is the only sign of the end
///   short of asking for an empty page. A request without a limit gets the service's own
///   page size, which the documentation may not state exactly, so then only an empty page
///   ends it;
/// - after [`MAX_PAGES`] pages.
pub fn next_offset(page: &PageReceived) -> Option<i64> {
    if page.items == 0 || page.number >= MAX_PAGES {
        return None;
    }
    let next = page
        .offset
        .saturating_add(i64::try_from(page.items).unwrap_or(i64::MAX));
    let finished = match page.total {
        Some(total) => u64::try_from(next).is_ok_and(|next| next >= total),
        None => page.limit.is_some_and(|limit| (page.items as u64) < limit),
    };
    (!finished).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(offset: i64, items: usize, total: Option<u64>, limit: Option<u64>) -> PageReceived {
        PageReceived {
            offset,
            items,
            total,
            limit,
            number: 1,
        }
    }

    #[test]
    fn the_next_offset_counts_items_received() {
        assert_eq!(next_offset(&page(0, 2, Some(5), Some(2))), Some(2));
        // The service sent fewer than asked and says more follow: ask from what came.
        assert_eq!(next_offset(&page(10, 3, Some(100), Some(50))), Some(13));
    }

    #[test]
    fn an_empty_page_ends_whatever_the_total_says() {
        assert_eq!(next_offset(&page(4, 0, Some(1000), Some(2))), None);
        assert_eq!(next_offset(&page(0, 0, None, None)), None);
    }

    #[test]
    fn the_total_ends_when_known() {
        assert_eq!(next_offset(&page(4, 1, Some(5), Some(2))), None);
        // A total already passed (items were added meanwhile, or it miscounts) ends too.
        assert_eq!(next_offset(&page(4, 2, Some(3), Some(2))), None);
    }

    #[test]
    fn a_short_page_ends_only_without_a_total() {
        assert_eq!(next_offset(&page(2, 1, None, Some(2))), None);
        assert_eq!(next_offset(&page(0, 2, None, Some(2))), Some(2));
        // Without a limit the page size is the service's: only an empty page ends.
        assert_eq!(next_offset(&page(0, 1, None, None)), Some(1));
    }

    #[test]
    fn the_number_of_pages_is_bounded() {
        let last = PageReceived {
            number: MAX_PAGES,
            ..page(0, 2, None, Some(2))
        };
        assert_eq!(next_offset(&last), None);
        let before = PageReceived {
            number: MAX_PAGES - 1,
            ..last
        };
        assert_eq!(next_offset(&before), Some(2));
    }
}
