//! What the runtime's test modules share: small hand-written service tables and `Action`
//! impls shaped like the documented TAT and eflo-controller actions, clients configured for
//! quick tests, and the workspace's scripted loopback server (`sdk-test-support`).

pub mod bound;
pub mod metadata;
pub mod shapes;

pub use bound::*;
pub use sdk_test_support::{refused_url, Recorded, Reply, TestServer};
pub use shapes::*;

use std::time::Duration;

use sdk_runtime::{Config, ConfigBuilder, Credentials, RateLimit, RetryConfig, ServiceClient};

pub const SECRET: &str = "s3cr3t-key-never-printed";

/// Fast retries, no pacing: tests should not sleep for long.
pub fn test_config(url: &str) -> ConfigBuilder {
    Config::builder()
        .credentials(Credentials::new("AKIDtest", SECRET))
        .endpoint(url)
        .retry(RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(20),
        })
        .rate_limit(RateLimit::Off)
}

pub fn tat_client(url: &str) -> ServiceClient {
    ServiceClient::new(&TAT, test_config(url).region("ap-guangzhou").build()).unwrap()
}

pub fn eflo_client(url: &str) -> ServiceClient {
    ServiceClient::new(&EFLO, test_config(url).region("cn-hangzhou").build()).unwrap()
}
