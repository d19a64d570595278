//! Paginators over a local server, and the client-side rate limiter in virtual time.

use std::time::Duration;

use crate::common::*;
use futures_util::{StreamExt, TryStreamExt};
use sdk_runtime::rate_limit::RateLimiter;
use sdk_runtime::{RateLimit, SdkError};
use serde_json::Value;

/// A service with `total` invocations that answers each page from the request's Offset and
/// Limit, and claims `claimed_total`.
fn pages(total: usize, claimed_total: Option<usize>) -> impl Fn(&Recorded, usize) -> Reply {
    move |r, _| {
        let req: Value = serde_json::from_slice(&r.body).unwrap();
        let offset = req["Offset"].as_u64().unwrap_or(0) as usize;
        let limit = req["Limit"].as_u64().unwrap_or(20) as usize;
        let items: Vec<String> = (offset..total.min(offset + limit))
            .map(|i| format!(r#"{{"InvocationId":"inv-{i}"}}"#))
            .collect();
        let total = claimed_total.map_or("null".to_owned(), |t| t.to_string());
        Reply::json(format!(
            r#"{{"Response":{{"TotalCount":{total},"InvocationSet":[{}],"RequestId":"r"}}}}"#,
            items.join(",")
        ))
    }
}

fn request(limit: u64) -> DescribeInvocationsRequest {
    DescribeInvocationsRequest {
        limit: Some(limit),
        ..Default::default()
    }
}

#[tokio::test]
async fn pages_stop_at_the_total_count() {
    let server = TestServer::start(pages(5, Some(5))).await;
    let client = tat_client(&server.url);
    let sizes: Vec<usize> = client
        .paginate::<DescribeInvocations>(request(2))
        .pages()
        .map_ok(|p| p.items.len())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(server.count(), 3);
    let offsets: Vec<u64> = server
        .requests()
        .iter()
        .map(|r| {
            serde_json::from_slice::<Value>(&r.body).unwrap()["Offset"]
                .as_u64()
                .unwrap_or(0)
        })
        .collect();
    assert_eq!(offsets, [0, 2, 4]);
}

#[tokio::test]
async fn items_stop_at_a_short_page_without_a_total() {
    let server = TestServer::start(pages(3, None)).await;
    let ids: Vec<String> = tat_client(&server.url)
        .paginate::<DescribeInvocations>(request(2))
        .items()
        .map_ok(|i| i.invocation_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["inv-0", "inv-1", "inv-2"]);
    assert_eq!(
        server.count(),
        2,
        "a full page, then a short one that ends it (as `cloudcmd --all` stops)"
    );
}

#[tokio::test]
async fn items_stop_at_an_empty_page_without_a_total() {
    let server = TestServer::start(pages(4, None)).await;
    let n = tat_client(&server.url)
        .paginate::<DescribeInvocations>(request(2))
        .items()
        .count()
        .await;
    assert_eq!(n, 4);
    assert_eq!(
        server.count(),
        3,
        "two full pages and the empty one that ends it"
    );
}

#[tokio::test]
async fn a_total_larger_than_the_data_still_ends() {
    let server = TestServer::start(pages(3, Some(1000))).await;
    let n = tat_client(&server.url)
        .paginate::<DescribeInvocations>(request(2))
        .items()
        .count()
        .await;
    assert_eq!(n, 3);
}

#[tokio::test]
async fn an_empty_first_page_is_yielded_once() {
    let server = TestServer::start(pages(0, Some(0))).await;
    let pages: Vec<_> = tat_client(&server.url)
        .paginate::<DescribeInvocations>(request(2))
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 1);
    assert!(pages[0].as_ref().unwrap().items.is_empty());
}

#[tokio::test]
async fn an_error_ends_the_stream_after_being_yielded() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"Error":{"Code":"InvalidParameterValue","Message":"m"},"RequestId":"r"}}"#)
    })
    .await;
    let results: Vec<_> = tat_client(&server.url)
        .paginate::<DescribeInvocations>(request(2))
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(matches!(&results[0], Err(SdkError::Service(_))));
}

#[tokio::test(start_paused = true)]
async fn the_rate_limiter_paces_to_the_documented_rate() {
    // DESCRIBE_INVOCATIONS documents 20 requests/s: a burst of 20, then one every 50 ms.
    let limiter = RateLimiter::new(RateLimit::Documented);
    let start = tokio::time::Instant::now();
    for _ in 0..20 {
        limiter.acquire(&DESCRIBE_INVOCATIONS).await;
    }
    assert_eq!(start.elapsed(), Duration::ZERO);
    for _ in 0..10 {
        limiter.acquire(&DESCRIBE_INVOCATIONS).await;
    }
    let elapsed = start.elapsed();
    assert!(
        elapsed >= Duration::from_millis(495) && elapsed <= Duration::from_millis(520),
        "{elapsed:?}"
    );
    // Another action has its own bucket; undocumented actions are not limited.
    let before = tokio::time::Instant::now();
    limiter.acquire(&CREATE_INVOKER).await;
    for _ in 0..100 {
        limiter.acquire(&DESCRIBE_REGIONS).await;
    }
    assert_eq!(before.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn the_rate_limiter_can_be_set_or_switched_off() {
    let limiter = RateLimiter::new(RateLimit::PerSecond(2));
    let start = tokio::time::Instant::now();
    for _ in 0..4 {
        limiter.acquire(&DESCRIBE_REGIONS).await;
    }
    assert!(
        start.elapsed() >= Duration::from_millis(999),
        "{:?}",
        start.elapsed()
    );
    let off = RateLimiter::new(RateLimit::Off);
    let start = tokio::time::Instant::now();
    for _ in 0..1000 {
        off.acquire(&DESCRIBE_INVOCATIONS).await;
    }
    assert_eq!(start.elapsed(), Duration::ZERO);
}
