//! HTTP: the listener, one hyper HTTP/1 connection task per client, graceful shutdown, and
//! the route from a request to its vendor, service and action.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use sdk_runtime::clock;
use sdk_shape::{AnswerBody, Protocol, ServiceShape};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::answer::ActionAnswers;
use crate::auth::{self, header, Keys, Signed};
use crate::errors::{self, request_id, Failure, Reply};
use crate::lifecycle::{self, Behaviour};
use crate::placement;
use crate::state::State;
use crate::validate::{self, IdFormats};
use crate::{demo, MockClock, MockCredentials, MockOptions};

/// Largest request body read; a larger one is refused before it is buffered.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How long open requests may take to finish once shutdown begins.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Everything a request is answered from, shared by all connections.
struct Engine {
    services: Vec<ServiceEntry>,
    state: State,
    synthetic: u32,
}

struct ServiceEntry {
    shape: &'static ServiceShape,
    /// Actions this service answers from state (TAT's lifecycle), asked before the shapes.
    behaviour: Option<Box<dyn Behaviour>>,
    keys: Keys,
    ids: IdFormats,
    answers: HashMap<&'static str, ActionAnswers>,
}

impl Engine {
    fn new(options: &MockOptions) -> Engine {
        let services = options
            .services
            .iter()
            .map(|&shape| ServiceEntry {
                shape,
                behaviour: lifecycle::for_service(shape, options),
                keys: keys_for(shape, &options.credentials),
                ids: IdFormats::learn(shape),
                answers: shape
                    .actions
                    .iter()
                    .map(|&a| (a.name, ActionAnswers::new(shape, a)))
                    .collect(),
            })
            .collect();
        Engine {
            services,
            state: State::default(),
            synthetic: options.synthetic_items,
        }
    }

    fn tencent_service(&self, headers: &hyper::HeaderMap) -> Result<&ServiceEntry, Failure> {
        let tencent: Vec<&ServiceEntry> = self
            .services
            .iter()
            .filter(|s| s.shape.protocol == Protocol::Tc3Json)
            .collect();
        // The credential scope names the service; the host's first label is the fallback.
        let scope = header(headers, "authorization")
            .and_then(|a| a.split("Credential=").nth(1))
            .and_then(|c| c.split('/').nth(2));
        let host = header(headers, "host")
            .map(|h| h.rsplit("://").next().unwrap_or(h))
            .and_then(|h| h.split('.').next());
        for name in [scope, host].into_iter().flatten() {
            if let Some(s) = tencent.iter().find(|s| s.shape.name == name) {
                return Ok(s);
            }
        }
        match (tencent.as_slice(), scope) {
            (_, Some(name)) => Err(Failure::new(
                "InvalidAction",
                format!("The service {name:?} is not served by this mock."),
            )),
            ([], None) => Err(Failure::new(
                "InvalidAction",
                "No Tencent Cloud service is served by this mock.",
            )),
            // Without a credential scope the request is not signed as TC3 asks (no or a
            // malformed Authorization), which the signature check of any service reports
            // as the vendor does, however many services are served.
            ([first, ..], None) => Ok(first),
        }
    }

    fn alibaba_service(&self, headers: &hyper::HeaderMap) -> Result<&ServiceEntry, Failure> {
        let version = header(headers, "x-acs-version").ok_or_else(|| {
            Failure::new("MissingVersion", "The request has no x-acs-version header.")
        })?;
        let host = header(headers, "host").and_then(|h| h.split('.').next());
        let candidates: Vec<&ServiceEntry> = self
            .services
            .iter()
            .filter(|s| s.shape.protocol.is_acs3() && s.shape.version == version)
            .collect();
        match candidates.as_slice() {
            [] => Err(Failure::new(
                "InvalidVersion",
                format!("Specified parameter Version {version:?} is not valid for the services of this mock."),
            )),
            [only] => Ok(only),
            several => Ok(several
                .iter()
                .find(|s| Some(s.shape.name) == host)
                .unwrap_or(&several[0])),
        }
    }

    /// Answer one request whose body has been read.
    fn handle(&self, signed: &Signed<'_>) -> Reply {
        let headers = signed.headers;
        if let Some(action) = header(headers, "x-tc-action") {
            return self
                .tencent(signed, action)
                .unwrap_or_else(|f| errors::render(Protocol::Tc3Json, &f));
        }
        if let Some(action) = header(headers, "x-acs-action") {
            return self
                .alibaba(signed, action)
                .unwrap_or_else(|f| errors::render(Protocol::Acs3Rpc, &f));
        }
        let alibaba = headers.keys().any(|k| k.as_str().starts_with("x-acs-"))
            || header(headers, "authorization").is_some_and(|a| a.starts_with("ACS3"));
        if alibaba {
            let f = Failure::new("MissingAction", "The request has no x-acs-action header.");
            return errors::render(Protocol::Acs3Rpc, &f);
        }
        let f = Failure::new(
            "MissingParameter",
            "The request is missing a required parameter `Action` (header X-TC-Action for Tencent Cloud, x-acs-action for Alibaba Cloud).",
        );
        errors::render(Protocol::Tc3Json, &f)
    }

    fn tencent(&self, signed: &Signed<'_>, action: &str) -> Result<Reply, Failure> {
        let entry = self.tencent_service(signed.headers)?;
        let service = entry.shape;
        let version = header(signed.headers, "x-tc-version").ok_or_else(|| {
            Failure::new(
                "MissingParameter",
                "The request is missing a required parameter `Version` (header X-TC-Version).",
            )
        })?;
        auth::verify_tc3(signed, service.name, &entry.keys, clock::now_unix())?;
        if signed.method != "POST" {
            // API 3.0 GET requests carry flattened members in the query; the official tools
            // POST JSON, and that is all the mock reads.
            return Err(Failure::new(
                "InvalidParameter",
                format!(
                    "The mock accepts POST requests with a JSON body, not {}.",
                    signed.method
                ),
            ));
        }
        if version != service.version {
            return Err(Failure::new(
                "NoSuchVersion",
                format!(
                    "The version {version:?} of {} does not exist; this mock serves {}.",
                    service.name, service.version
                ),
            ));
        }
        let shape = service.action(action).ok_or_else(|| {
            Failure::new(
                "InvalidAction",
                format!(
                    "The action {action:?} does not exist in {} {}.",
                    service.name, service.version
                ),
            )
        })?;
        if shape.region_required && header(signed.headers, "x-tc-region").is_none_or(str::is_empty)
        {
            return Err(Failure::new(
                "MissingParameter",
                "The request is missing a required parameter `Region` (header X-TC-Region).",
            ));
        }
        let request = validate::decode_json(signed.headers, signed.body)?;
        validate::check(service, shape, &entry.ids, &request, false)?;
        Ok(self.answer(entry, shape.name, &request))
    }

    fn alibaba(&self, signed: &Signed<'_>, action: &str) -> Result<Reply, Failure> {
        let entry = self.alibaba_service(signed.headers)?;
        auth::verify_acs3(signed, &entry.keys, &self.state, clock::now_unix())?;
        let service = entry.shape;
        let shape = service.action(action).ok_or_else(|| {
            Failure::new(
                "InvalidAction.NotFound",
                format!(
                    "Specified api {action:?} is not found in {} {}.",
                    service.name, service.version
                ),
            )
            .status(404)
        })?;
        let request = placement::decode(signed, shape)?;
        validate::check(service, shape, &entry.ids, &request, true)?;
        let mut reply = self.answer(entry, shape.name, &request);
        // An action documented to answer without a body answers with none: the official
        // SDK reads nothing from it, and our runtime reads it as `{}`.
        let bodiless = matches!(shape.http, Some(h) if h.answer == AnswerBody::None);
        if bodiless && reply.status == 200 {
            reply.body = Bytes::new();
            reply.content_type = errors::EMPTY_CONTENT_TYPE;
        }
        Ok(reply)
    }

    fn answer(&self, entry: &ServiceEntry, action: &str, request: &serde_json::Value) -> Reply {
        let stateful = entry.behaviour.as_ref().zip(entry.shape.action(action));
        if let Some(decided) = stateful.and_then(|(b, shape)| b.answer(shape, request)) {
            return match decided {
                Ok(mut members) => {
                    let id = request_id();
                    members.insert(
                        "RequestId".to_owned(),
                        serde_json::Value::String(id.clone()),
                    );
                    errors::success(entry.shape.protocol, serde_json::Value::Object(members), id)
                }
                Err(failure) => errors::render(entry.shape.protocol, &failure),
            };
        }
        match entry.answers.get(action) {
            Some(answers) => answers.answer(request, &entry.ids, &self.state, self.synthetic),
            None => errors::render(
                entry.shape.protocol,
                &Failure::new("InternalError", "The action has no answer table."),
            ),
        }
    }
}

/// The request handling of a server without its socket: routing, signature checks,
/// validation and answers for one request already read. For fuzzing (`fuzz/`); not a stable
/// API.
#[doc(hidden)]
pub struct Handler(Engine);

impl Handler {
    /// The engine a server started with `options` would use (`options.listen` is unused).
    pub fn new(options: &MockOptions) -> Handler {
        Handler(Engine::new(options))
    }

    /// Answer one request: its status, content type and body.
    pub fn handle(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &hyper::HeaderMap,
        body: &[u8],
    ) -> (u16, &'static str, Bytes) {
        let reply = self.0.handle(&Signed {
            method,
            path: if path.is_empty() { "/" } else { path },
            query,
            headers,
            body,
        });
        (reply.status, reply.content_type, reply.body)
    }
}

/// The accepted keys of a service under `credentials`.
fn keys_for(shape: &ServiceShape, credentials: &MockCredentials) -> Keys {
    let mut keys = Keys::default();
    let demo = match shape.protocol {
        Protocol::Tc3Json => (demo::TENCENT_SECRET_ID, demo::TENCENT_SECRET_KEY),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => {
            (demo::ALIBABA_ACCESS_KEY_ID, demo::ALIBABA_ACCESS_KEY_SECRET)
        }
    };
    match credentials {
        MockCredentials::Keys(list) => list.iter().for_each(|k| keys.insert(&k.id, &k.secret)),
        MockCredentials::Demo => keys.insert(demo.0, demo.1),
        MockCredentials::EnvOrDemo => {
            // The same variables, read the same way, as the client's credential lookup.
            let env = sdk_runtime::credentials::Environment::capture(&shape.credentials);
            match (env.id, env.secret) {
                (Some(id), Some(secret)) => keys.insert(&id, &secret),
                _ => keys.insert(demo.0, demo.1),
            }
        }
    }
    keys
}

async fn respond(engine: Arc<Engine>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let tencent_like = !parts.headers.contains_key("x-acs-action");
    let protocol = if tencent_like {
        Protocol::Tc3Json
    } else {
        Protocol::Acs3Rpc
    };
    let reply = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => {
            let body = collected.to_bytes();
            let path = parts.uri.path();
            let signed = Signed {
                method: parts.method.as_str(),
                path: if path.is_empty() { "/" } else { path },
                query: parts.uri.query().unwrap_or(""),
                headers: &parts.headers,
                body: &body,
            };
            engine.handle(&signed)
        }
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => errors::render(
            protocol,
            &Failure::new(
                "RequestSizeLimitExceeded",
                format!("The request body is larger than {MAX_BODY_BYTES} bytes."),
            )
            .status(413),
        ),
        Err(e) => errors::render(
            protocol,
            &Failure::new(
                "InvalidRequest",
                format!("The request body could not be read: {e}."),
            ),
        ),
    };
    let mut response = Response::new(Full::new(reply.body));
    *response.status_mut() =
        hyper::StatusCode::from_u16(reply.status).unwrap_or(hyper::StatusCode::BAD_REQUEST);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    if let Ok(id) = HeaderValue::from_str(&reply.request_id) {
        let name = if tencent_like {
            "x-tc-requestid"
        } else {
            "x-acs-request-id"
        };
        headers.insert(name, id);
    }
    response
}

/// Accept connections until `shutdown` completes, then drain.
async fn run(listener: TcpListener, engine: Arc<Engine>, shutdown: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let Ok((stream, _peer)) = accepted else {
            // Out of file descriptors and the like: wait a moment instead of spinning.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let engine = engine.clone();
        let service = service_fn(move |request| {
            let engine = engine.clone();
            async move { Ok::<_, Infallible>(respond(engine, request).await) }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(Duration::from_secs(30))
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that goes away mid-request is its own problem, not the server's.
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown()).await;
}

pub(crate) async fn serve(
    options: MockOptions,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let listener = TcpListener::bind(options.listen).await?;
    run(listener, Arc::new(Engine::new(&options)), shutdown).await;
    Ok(())
}

/// A running mock server. Dropping it stops accepting connections too; [`shutdown`](MockServer::shutdown)
/// (MockServer::shutdown) also waits for open requests to finish.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    clock: MockClock,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl MockServer {
    /// Bind `options.listen`, start serving in the background and return at once.
    pub async fn start(options: MockOptions) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind(options.listen).await?;
        let addr = listener.local_addr()?;
        let engine = Arc::new(Engine::new(&options));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(run(listener, engine, async move {
            // A dropped sender stops the server as well.
            let _ = stopped.await;
        }));
        Ok(MockServer {
            addr,
            clock: options.clock.clone(),
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The URL to point clients at: `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The server's clock: advance it to move its state on in time.
    pub fn clock(&self) -> &MockClock {
        &self.clock
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stop accepting, let open requests finish (a few seconds at most) and wait.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}
