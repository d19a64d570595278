//! Tencent (TC3) response decoding.
//!
//! Input: byte 0 picks a TAT action (index into its actions sorted by name), the rest is the
//! HTTP body. The body goes through `sdk_runtime::protocol::tc3::decode_typed` into that
//! action's generated response type, and through `decode_value`; errors are rendered with
//! `Display` and `Debug` (they quote the start of the body).
//!
//! Property: never panics. And the two decoders agree on what an error answer is: when the
//! typed decoder reports a service error, the untyped one reports the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_runtime::protocol::tc3;
use sdk_runtime::SdkError;
use tat_model::actions::create_invoker::CreateInvokerResponse;
use tat_model::actions::describe_invocation_tasks::DescribeInvocationTasksResponse;
use tat_model::actions::describe_invocations::DescribeInvocationsResponse;
use tat_model::actions::describe_invoker_records::DescribeInvokerRecordsResponse;

fn check<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &[u8]) {
    let typed = tc3::decode_typed::<T>(200, body);
    let value = tc3::decode_value(200, body);
    match &typed {
        Ok(v) => drop(format!("{v:?}")),
        Err(e) => drop(format!("{e} {e:?}")),
    }
    match &value {
        Ok(v) => drop(format!("{v:?}")),
        Err(e) => drop(format!("{e} {e:?}")),
    }
    if let (Err(SdkError::Service(a)), Err(SdkError::Service(b))) = (&typed, &value) {
        assert_eq!(a.code, b.code, "typed and untyped decoding disagree");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    // TAT's actions sorted by name, as seed.py numbers them.
    match which % 4 {
        0 => check::<CreateInvokerResponse>(body),
        1 => check::<DescribeInvocationTasksResponse>(body),
        2 => check::<DescribeInvocationsResponse>(body),
        _ => check::<DescribeInvokerRecordsResponse>(body),
    }
});
