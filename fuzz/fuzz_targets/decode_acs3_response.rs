//! Alibaba (ACS3 RPC) response decoding.
//!
//! Input: bytes 0-1 are the HTTP status (big-endian, folded into 100..=599), byte 2 says
//! whether an `x-acs-request-id` header came, the rest is the body. It goes through
//! `sdk_runtime::protocol::acs3::decode_typed` into eflo-controller's
//! `DescribeInvocationsResponse` and through `decode_value`; errors are rendered.
//!
//! Property: never panics; a 2xx is never reported as a service error, a non-2xx never
//! decodes as a success, and both decoders agree on the service error code.
#![no_main]

use eflo_controller_model::actions::describe_invocations::DescribeInvocationsResponse;
use libfuzzer_sys::fuzz_target;
use sdk_runtime::protocol::acs3;
use sdk_runtime::SdkError;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let status = 100 + u16::from_be_bytes([data[0], data[1]]) % 500;
    let request_id = (data[2] & 1 == 1).then_some("HEADER-REQUEST-ID");
    let body = &data[3..];
    let typed = acs3::decode_typed::<DescribeInvocationsResponse>(status, request_id, body);
    let value = acs3::decode_value(status, request_id, body);
    match &typed {
        Ok(v) => drop(format!("{v:?}")),
        Err(e) => drop(format!("{e} {e:?}")),
    }
    match &value {
        Ok(v) => drop(format!("{v:?}")),
        Err(e) => drop(format!("{e} {e:?}")),
    }
    let success = (200..300).contains(&status);
    for is_service in [
        matches!(typed, Err(SdkError::Service(_))),
        matches!(value, Err(SdkError::Service(_))),
    ] {
        assert!(!(success && is_service), "a 2xx read as a service error");
    }
    assert!(
        success || (typed.is_err() && value.is_err()),
        "a {status} read as a success"
    );
    if let (Err(SdkError::Service(a)), Err(SdkError::Service(b))) = (&typed, &value) {
        assert_eq!(a.code, b.code);
    }
});
