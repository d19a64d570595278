//! A bounded load test on loopback: start the mock in-process, then send signed
//! DescribeInvocations requests (TAT and eflo-controller, half each) over 64 concurrent
//! keep-alive connections, count errors and print requests per second.
//!
//! `cargo run --release -p sdk-mock --example load [-- REQUESTS CONNECTIONS]`
//! (defaults 20000 and 64). Exits non-zero when any request fails or the run takes longer
//! than 120 seconds.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sdk_mock::{demo, MockCredentials, MockOptions, MockServer};
use sdk_runtime::{Config, Credentials, RateLimit, ServiceClient};
use serde_json::json;

const TIME_LIMIT: Duration = Duration::from_secs(120);

fn client(server: &MockServer, service: &'static sdk_shape::ServiceShape) -> ServiceClient {
    let credentials = match service.protocol {
        sdk_shape::Protocol::Tc3Json => {
            Credentials::new(demo::TENCENT_SECRET_ID, demo::TENCENT_SECRET_KEY)
        }
        sdk_shape::Protocol::Acs3Rpc | sdk_shape::Protocol::Acs3Roa => {
            Credentials::new(demo::ALIBABA_ACCESS_KEY_ID, demo::ALIBABA_ACCESS_KEY_SECRET)
        }
    };
    let config = Config::builder()
        .credentials(credentials)
        .region("ap-guangzhou")
        .endpoint(server.endpoint())
        .max_attempts(1)
        .rate_limit(RateLimit::Off)
        .build();
    match ServiceClient::new(service, config) {
        Ok(client) => client,
        Err(e) => {
            eprintln!("cannot build a client: {e}");
            std::process::exit(2);
        }
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let total: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let connections: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(64);
    let server =
        MockServer::start(MockOptions::all_services().with_credentials(MockCredentials::Demo))
            .await?;
    let tat_action = tat_model::SERVICE
        .action("DescribeInvocations")
        .ok_or_else(|| std::io::Error::other("no TAT DescribeInvocations"))?;
    let eflo_action = eflo_controller_model::SERVICE
        .action("DescribeInvocations")
        .ok_or_else(|| std::io::Error::other("no eflo DescribeInvocations"))?;

    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::with_capacity(connections);
    for w in 0..connections {
        // One client per worker, sending one request at a time: each keeps one keep-alive
        // connection, so the server sees `connections` concurrent connections. Even
        // workers call TAT, odd ones eflo-controller.
        let (service, action, request) = if w % 2 == 0 {
            (
                &tat_model::SERVICE,
                tat_action,
                json!({"InvocationIds": ["inv-q4zp60g0"], "Limit": 1}),
            )
        } else {
            (
                &eflo_controller_model::SERVICE,
                eflo_action,
                json!({"InvokeId": "t-load0001"}),
            )
        };
        let client = client(&server, service);
        let (next, errors) = (next.clone(), errors.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total || started.elapsed() > TIME_LIMIT {
                    break;
                }
                if let Err(e) = client.send_json(action, request.clone()).await {
                    if errors.fetch_add(1, Ordering::Relaxed) < 5 {
                        eprintln!("request {i} failed: {e}");
                    }
                }
            }
        }));
    }
    for worker in workers {
        let _ = worker.await;
    }
    let elapsed = started.elapsed();
    server.shutdown().await;
    let sent = next.load(Ordering::Relaxed).min(total);
    let errors = errors.load(Ordering::Relaxed);
    println!(
        "{sent} requests over {connections} connections in {:.2} s: {:.0} requests/s, {errors} errors",
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64()
    );
    if errors > 0 || sent < total {
        std::process::exit(1);
    }
    Ok(())
}
