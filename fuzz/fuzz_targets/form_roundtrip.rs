//! The Alibaba form encoding, both ways.
//!
//! Input: byte 0 picks an action of any service (see `sdk_fuzz::actions`). If the rest is a
//! JSON object (the seeds are the documented example requests) it is the request; otherwise
//! `arbitrary` builds one from the action's input shape (documented members with values of
//! their kind, sometimes wrong types or undocumented keys). The request goes through
//! `sdk_runtime::protocol::form::encode` and back through `form::decode`.
//!
//! Property: never panics; and when `sdk_shape::validate_input` accepts the request, decoding
//! gives back an equal value, up to what the form encoding cannot carry (nulls, empty
//! lists and empty objects have no pairs: see `sdk_fuzz::form_normal`).
#![no_main]

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use sdk_runtime::protocol::form;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some(((_, action), rest)) = sdk_fuzz::pick(data) else {
        return;
    };
    let request = match serde_json::from_slice::<Value>(rest) {
        Ok(v @ Value::Object(_)) => v,
        _ => match sdk_fuzz::request(&mut Unstructured::new(rest), action.input, 0) {
            Ok(v) => v,
            Err(_) => return,
        },
    };
    let body = form::encode(&request);
    let decoded = form::decode(&body, action);
    if sdk_shape::validate_input(action, &request).is_err() {
        return;
    }
    let decoded =
        decoded.unwrap_or_else(|e| panic!("a valid request does not decode: {e}\n{body}"));
    assert_eq!(
        sdk_fuzz::form_normal(&request),
        sdk_fuzz::form_normal(&decoded),
        "round trip through {body:?}"
    );
});
