//! HTTP: one POST per attempt with a connect timeout, a total timeout covering the whole
//! answer, and a cap on the answer's size.
//!
//! The body is read chunk by chunk and abandoned as soon as it passes the cap (or at once,
//! when `Content-Length` already says it will), so a hostile or broken server can make a call
//! fail but cannot make the client buffer 100 MB or wait forever.

use std::error::Error as _;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Method, Url};

use crate::error::{
    ConfigError, DecodeError, DecodeErrorKind, SdkError, TimeoutError, TransportError,
    TransportErrorKind,
};

/// One answer, read to its end.
#[derive(Debug)]
pub(crate) struct HttpResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// The HTTP client of one [`ServiceClient`](crate::ServiceClient).
#[derive(Debug)]
pub(crate) struct Transport {
    client: reqwest::Client,
    timeout: Duration,
    max_body: usize,
}

impl Transport {
    pub(crate) fn new(
        connect_timeout: Duration,
        timeout: Duration,
        max_body: usize,
    ) -> Result<Self, ConfigError> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .user_agent(concat!("sdk-runtime/", env!("CARGO_PKG_VERSION")))
            // Redirects would resend a signed request to another host.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ConfigError::Http(e.to_string()))?;
        Ok(Transport {
            client,
            timeout,
            max_body,
        })
    }

    /// Send `body` to `url` with `method`, within the total timeout (the calls of both
    /// protocols, and the metadata services, which want GET and PUT). Errors carry
    /// `attempts: 1`; the caller, who counts attempts, fixes that.
    pub(crate) async fn send(
        &self,
        method: Method,
        url: &Url,
        headers: HeaderMap,
        body: Bytes,
    ) -> Result<HttpResponse, SdkError<String>> {
        let attempt = async {
            let response = self
                .client
                .request(method, url.clone())
                .headers(headers)
                .body(body)
                .send()
                .await
                .map_err(|e| send_error(&e, self.timeout))?;
            self.read(response).await
        };
        match tokio::time::timeout(self.timeout, attempt).await {
            Ok(result) => result,
            Err(_) => Err(SdkError::Timeout(TimeoutError {
                connect: false,
                after: self.timeout,
                attempts: 1,
            })),
        }
    }

    async fn read(
        &self,
        mut response: reqwest::Response,
    ) -> Result<HttpResponse, SdkError<String>> {
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let too_large = |read: &[u8]| {
            SdkError::Decode(DecodeError::new(
                DecodeErrorKind::TooLarge,
                status,
                format!(
                    "the response body exceeds the limit of {} bytes",
                    self.max_body
                ),
                read,
            ))
        };
        let declared = response.content_length();
        if declared.is_some_and(|n| n > self.max_body as u64) {
            return Err(too_large(&[]));
        }
        let capacity = declared.map_or(8 * 1024, |n| n as usize);
        let mut body = Vec::with_capacity(capacity);
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > self.max_body {
                        return Err(too_large(&body));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(SdkError::Transport(TransportError {
                        kind: TransportErrorKind::Body,
                        message: describe(&e),
                        attempts: 1,
                    }))
                }
            }
        }
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }
}

fn send_error(e: &reqwest::Error, timeout: Duration) -> SdkError<String> {
    if e.is_timeout() {
        return SdkError::Timeout(TimeoutError {
            connect: e.is_connect(),
            after: timeout,
            attempts: 1,
        });
    }
    let kind = if e.is_connect() {
        TransportErrorKind::Connect
    } else {
        TransportErrorKind::Send
    };
    SdkError::Transport(TransportError {
        kind,
        message: describe(e),
        attempts: 1,
    })
}

/// The error and its causes on one line ("error sending request: connection reset").
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.without_url_ref().to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

trait WithoutUrlRef {
    fn without_url_ref(&self) -> String;
}

impl WithoutUrlRef for reqwest::Error {
    // The URL is known to the caller and adds nothing but length; drop it from the message.
    fn without_url_ref(&self) -> String {
        let text = self.to_string();
        match self.url() {
            Some(url) => text.replace(&format!(" ({url})"), ""),
            None => text,
        }
    }
}
