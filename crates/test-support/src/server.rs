//! A scripted HTTP/1.1 server on 127.0.0.1, on an ephemeral port.
//!
//! Every connection carries one request: each answer says `Connection: close` (or is cut off),
//! so clients never reuse a connection and each request reaches the handler with its own
//! index. The handler sees the request and that index and says what to answer, broken answers
//! included: HTML from a proxy, truncated, endless or trickling bodies, a reset mid-answer,
//! no answer at all (a silent server), or the request passed on to another server (a proxy in
//! front of the mock). Every request is recorded, with the bytes as they arrived. The server
//! and every connection stop when the [`TestServer`] is dropped.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;
use tokio::task::{JoinHandle, JoinSet};

/// One request as received.
#[derive(Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The request line, headers and body as they arrived: what a test reads to be sure a
    /// secret never went on the wire, wherever it might have been put.
    pub raw: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn body_str(&self) -> &str {
        std::str::from_utf8(&self.body).expect("a UTF-8 request body")
    }
}

/// The body as text, as a failure message should show it (and as a test searching the
/// output for a secret must see it); the raw bytes repeat the rest and are left out.
impl fmt::Debug for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Recorded")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("headers", &self.headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish_non_exhaustive()
    }
}

/// What to answer.
pub enum Reply {
    /// A JSON answer with `Content-Type: application/json`.
    Json { status: u16, body: String },
    /// Any content type.
    Body {
        status: u16,
        content_type: &'static str,
        body: String,
    },
    /// Any content type, with extra headers (`Date`, `Retry-After`).
    Headers {
        status: u16,
        content_type: &'static str,
        headers: Vec<(&'static str, String)>,
        body: String,
    },
    /// Bytes written as they are, then the connection is closed.
    Raw(Vec<u8>),
    /// Wait, then answer.
    Delay(Duration, Box<Reply>),
    /// `total` bytes of a JSON-looking body, with or without a `Content-Length`.
    Stream { declared: bool, total: usize },
    /// Headers announcing a 100,000-byte JSON body, then one byte of it per interval: an
    /// answer that is always coming and never complete.
    Trickle(Duration),
    /// Bytes written as they are, then a TCP reset instead of a close: a connection broken in
    /// the middle of an answer.
    Reset(Vec<u8>),
    /// No answer ever: the connection is held open until the server stops, so only the
    /// client's timeout ends the call. A server answering only this is a silent server.
    Never,
    /// The request as received, sent on to the server at `url` (`http://host:port`), and its
    /// answer passed back (with `Connection: close`, like every answer here).
    Forward(String),
}

impl Reply {
    /// A 200 JSON answer.
    pub fn json(body: impl Into<String>) -> Self {
        Reply::Json {
            status: 200,
            body: body.into(),
        }
    }
}

type Handler = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

/// The server: its URL, and what it has received so far.
pub struct TestServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
    /// The runtime of a server started by [`TestServer::blocking`]; dropped after the task is
    /// aborted, which waits for its worker to stop.
    runtime: Option<Runtime>,
}

impl TestServer {
    /// A server on the calling test's runtime: an async test's server shares its clock
    /// (paused time included) and ends with it at the latest.
    pub async fn start(
        handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("its address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = requests.clone();
        let task = tokio::spawn(async move {
            // Dropping the set (when this task is aborted) aborts every connection task.
            let mut connections = JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                connections.spawn(serve(stream, handler.clone(), recorded.clone()));
                while connections.try_join_next().is_some() {}
            }
        });
        TestServer {
            url,
            requests,
            task,
            runtime: None,
        }
    }

    /// A server on a runtime of its own, for a synchronous test (one that runs the `cloudcmd`
    /// binary as a child process and waits for it). Panics inside an async test: use
    /// [`TestServer::start`] there.
    pub fn blocking(handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the server");
        let mut server = runtime.block_on(Self::start(handler));
        server.runtime = Some(runtime);
        server
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// The newest request; panics when there was none.
    pub fn last_request(&self) -> Recorded {
        let requests = self.requests.lock().unwrap();
        requests
            .last()
            .cloned()
            .expect("the server received a request")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A URL nothing listens on: a loopback port bound and released at once, so connecting is
/// refused straight away. Usable from synchronous and async tests alike.
pub fn refused_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("its address");
    drop(listener);
    format!("http://{address}")
}

async fn serve(mut stream: TcpStream, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Recorded>>>) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    let index = {
        let mut all = recorded.lock().unwrap();
        all.push(request.clone());
        all.len() - 1
    };
    let reply = handler(&request, index);
    write_reply(stream, reply, &request).await;
}

/// One HTTP/1.1 message whose body, if any, has a `Content-Length`: its bytes and where the
/// head ends. `None` when the peer closes first.
async fn read_message(stream: &mut TcpStream) -> Option<(Vec<u8>, usize)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(n, _)| n.trim() == "content-length")
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0);
    let end = head_end + 4 + length;
    while buf.len() < end {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    buf.truncate(end);
    Some((buf, head_end))
}

async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let (raw, head_end) = read_message(stream).await?;
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(Recorded {
        method,
        path,
        headers,
        body: raw[head_end + 4..].to_vec(),
        raw,
    })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

async fn write_reply(mut stream: TcpStream, reply: Reply, request: &Recorded) {
    match reply {
        Reply::Json { status, body } => {
            write_full(
                &mut stream,
                status,
                "application/json",
                &[],
                body.as_bytes(),
            )
            .await
        }
        Reply::Body {
            status,
            content_type,
            body,
        } => write_full(&mut stream, status, content_type, &[], body.as_bytes()).await,
        Reply::Headers {
            status,
            content_type,
            headers,
            body,
        } => write_full(&mut stream, status, content_type, &headers, body.as_bytes()).await,
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes).await;
        }
        Reply::Delay(d, inner) => {
            tokio::time::sleep(d).await;
            Box::pin(write_reply(stream, *inner, request)).await;
            return;
        }
        Reply::Stream { declared, total } => {
            let length = if declared {
                format!("Content-Length: {total}\r\n")
            } else {
                String::new()
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}Connection: close\r\n\r\n{{\"Response\":{{\"Output\":\""
            );
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let block = vec![b'A'; 64 * 1024];
            let mut sent = 0;
            while sent < total {
                let n = block.len().min(total - sent);
                // The client hangs up once it has seen enough: stop then.
                if stream.write_all(&block[..n]).await.is_err() {
                    return;
                }
                sent += n;
            }
        }
        Reply::Trickle(every) => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            // Until the client gives up and the write fails.
            while stream.write_all(b" ").await.is_ok() {
                tokio::time::sleep(every).await;
            }
            return;
        }
        Reply::Reset(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.flush().await;
            // Let the client read what was sent, so it fails reading the body, not sending.
            tokio::time::sleep(Duration::from_millis(30)).await;
            // SO_LINGER 0: closing sends RST instead of FIN.
            let _ = stream.set_zero_linger();
            return;
        }
        Reply::Never => {
            // Held (not dropped) until the server's task is aborted.
            std::future::pending::<()>().await;
        }
        Reply::Forward(url) => {
            let Some(answer) = forward(&url, &request.raw).await else {
                return;
            };
            let _ = stream.write_all(&answer).await;
        }
    }
    let _ = stream.shutdown().await;
}

async fn write_full(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    headers: &[(&str, String)],
    body: &[u8],
) {
    let extra: String = headers
        .iter()
        .map(|(n, v)| format!("{n}: {v}\r\n"))
        .collect();
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n",
        reason(status),
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body).await;
}

/// `raw` sent to the server at `url`, and its answer with `Connection: close` in place of the
/// keep-alive the upstream may offer: this server closes every connection after one answer.
async fn forward(url: &str, raw: &[u8]) -> Option<Vec<u8>> {
    let mut upstream = TcpStream::connect(url.trim_start_matches("http://"))
        .await
        .ok()?;
    upstream.write_all(raw).await.ok()?;
    let (answer, head_end) = read_message(&mut upstream).await?;
    let head = String::from_utf8_lossy(&answer[..head_end]);
    let mut out: String = head
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    out.push_str("Connection: close\r\n\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(&answer[head_end + 4..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use super::*;

    fn get(url: &str, path: &str) -> String {
        let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: test\r\nX-Tag: a\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    #[test]
    fn a_blocking_server_answers_records_and_stops_when_dropped() {
        let server = TestServer::blocking(|r, i| Reply::json(format!("{} {i}", r.path)));
        let answer = get(&server.url, "/one");
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
        assert!(answer.contains("Connection: close\r\n"), "{answer}");
        assert!(answer.ends_with("\r\n\r\n/one 0"), "{answer}");
        let seen = server.last_request();
        assert_eq!(
            (seen.method.as_str(), seen.header("x-tag")),
            ("GET", Some("a"))
        );
        assert!(seen.raw.starts_with(b"GET /one HTTP/1.1\r\n"));
        let url = server.url.clone();
        drop(server);
        assert!(std::net::TcpStream::connect(url.trim_start_matches("http://")).is_err());
    }

    #[test]
    fn a_forwarded_answer_comes_back_closed() {
        let upstream = TestServer::blocking(|_, _| {
            Reply::Raw(
                b"HTTP/1.1 200 OK\r\nconnection: keep-alive\r\ncontent-length: 2\r\n\r\nhi"
                    .to_vec(),
            )
        });
        let to = upstream.url.clone();
        let proxy = TestServer::blocking(move |_, _| Reply::Forward(to.clone()));
        let answer = get(&proxy.url, "/via");
        assert_eq!(
            answer,
            "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nConnection: close\r\n\r\nhi"
        );
        assert_eq!(upstream.last_request().path, "/via");
    }

    #[test]
    fn nothing_listens_on_a_refused_url() {
        let url = refused_url();
        assert!(std::net::TcpStream::connect(url.trim_start_matches("http://")).is_err());
    }
}
