// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service, for code generic over
//! them (the `sdk-services` crate and the tests); hidden from the documentation, as
//! they are not the crate's API.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
/// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
/// the service this way.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_action {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::actions::describe_invocations::DescribeInvocations);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::types::ContentEncoding,
        $crate::types::ContentEncoding::SHAPE); $m ! ($($($args)*,)?
        $crate::types::InvocationStatus, $crate::types::InvocationStatus::SHAPE); $m !
        ($($($args)*,)? $crate::types::InvokeStatus, $crate::types::InvokeStatus::SHAPE);
        $m ! ($($($args)*,)? $crate::types::NodeErrorCode,
        $crate::types::NodeErrorCode::SHAPE); $m ! ($($($args)*,)?
        $crate::types::NodeInvocationStatus, $crate::types::NodeInvocationStatus::SHAPE);
        $m ! ($($($args)*,)? $crate::types::RepeatMode,
        $crate::types::RepeatMode::SHAPE);
    };
}
