//! Alibaba form bodies as a server reads them.
//!
//! Input: byte 0 picks an action of any service (see `sdk_fuzz::actions`), the rest is a
//! form body (lossily UTF-8). It goes through `sdk_runtime::protocol::form::decode` against
//! that action's input shape, then `sdk_shape::validate_input`.
//!
//! Property: never panics; and a decoded request that validates encodes
//! (`form::encode`) and decodes again to the same value (decoding reaches a fixed point).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_runtime::protocol::form;

fuzz_target!(|data: &[u8]| {
    let Some(((_, action), rest)) = sdk_fuzz::pick(data) else {
        return;
    };
    let body = String::from_utf8_lossy(rest);
    let Ok(decoded) = form::decode(&body, action) else {
        return;
    };
    if sdk_shape::validate_input(action, &decoded).is_err() {
        return;
    }
    let again =
        form::decode(&form::encode(&decoded), action).expect("an encoded valid request decodes");
    assert_eq!(
        sdk_fuzz::form_normal(&decoded),
        sdk_fuzz::form_normal(&again),
        "decode(encode(decode(body))) differs"
    );
});
