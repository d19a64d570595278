//! Helpers shared by this package's tests: every service of the spec (from the generated
//! `sdk-services` list, so no test lists services by hand), and one documented example run
//! through an action's generated request and response types, reporting what changed on the way.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use sdk_shape::{Action, ExampleShape, Protocol, ServiceShape};

/// The README's Rust examples, compiled (and run, unless marked `no_run`) by `cargo test` as
/// this crate's doc tests, so the README cannot drift from the crates.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExamples;

/// Every service of the spec, every version, in crate-name order.
pub fn every_service() -> Vec<&'static ServiceShape> {
    let mut services = Vec::new();
    macro_rules! service {
        ($service:expr, $code:ty, $family:ty) => {
            services.push($service);
        };
    }
    sdk_services::for_each_service!(service);
    services
}

/// The name a service's snapshots and counts go by, as its crates are named: its name for
/// the newest version (the one `sdk_services::SERVICES` serves), `<name>-v<YYYYMMDD>` for an
/// older one (`yunsou-v20180504`).
pub fn label(service: &ServiceShape) -> String {
    if sdk_services::SERVICES
        .iter()
        .any(|s| std::ptr::eq(*s, service))
    {
        service.name.to_owned()
    } else {
        format!("{}-v{}", service.name, service.version.replace('-', ""))
    }
}

/// How the service wraps a response body.
#[derive(Debug, Clone, Copy)]
pub enum Envelope {
    /// Tencent: `{"Response": {...}}`.
    Response,
    /// Alibaba: the members are the body.
    Bare,
}

impl Envelope {
    /// The envelope of `service`'s protocol.
    pub fn of(service: &ServiceShape) -> Envelope {
        match service.protocol {
            Protocol::Tc3Json => Envelope::Response,
            Protocol::Acs3Rpc | Protocol::Acs3Roa => Envelope::Bare,
        }
    }
}

/// The typed values of one documented example.
pub struct Typed<A: Action> {
    /// The request, when the example documents one.
    pub request: Option<A::Request>,
    /// The response.
    pub response: A::Response,
}

impl<A: Action> std::fmt::Debug for Typed<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Example")
            .field("request", &self.request)
            .field("response", &self.response)
            .finish()
    }
}

/// Decode the example's request and response into `A`'s types and encode them back; fail
/// with a message naming the example when anything is lost or changed on the way.
pub fn round_trip<A>(example: &ExampleShape, envelope: Envelope) -> Result<Typed<A>, String>
where
    A: Action,
    A::Request: DeserializeOwned,
    A::Response: Serialize,
{
    let name = format!(
        "{} example {:?}",
        A::SHAPE.name,
        example.title.get(sdk_shape::Language::En)
    );
    let request = if example.request.is_empty() {
        None
    } else {
        let documented: Value = serde_json::from_str(example.request)
            .map_err(|e| format!("{name}: request is not JSON: {e}"))?;
        let typed: A::Request = serde_json::from_value(documented.clone())
            .map_err(|e| format!("{name}: request does not decode: {e}"))?;
        let back = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
        if back != documented {
            return Err(format!(
                "{name}: request changed in the round trip\n documented: {documented}\n   re-encoded: {back}"
            ));
        }
        Some(typed)
    };
    let documented: Value = serde_json::from_str(example.response)
        .map_err(|e| format!("{name}: response is not JSON: {e}"))?;
    let body = match envelope {
        Envelope::Response => documented
            .get("Response")
            .cloned()
            .ok_or_else(|| format!("{name}: response has no `Response` member"))?,
        Envelope::Bare => documented.clone(),
    };
    let response: A::Response = serde_json::from_value(body)
        .map_err(|e| format!("{name}: response does not decode: {e}"))?;
    let back = serde_json::to_value(&response).map_err(|e| e.to_string())?;
    let back = match envelope {
        Envelope::Response => serde_json::json!({ "Response": back }),
        Envelope::Bare => back,
    };
    if back != documented {
        return Err(format!(
            "{name}: response changed in the round trip (a member missing from the spec?)\n documented: {documented}\n   re-encoded: {back}"
        ));
    }
    Ok(Typed { request, response })
}
