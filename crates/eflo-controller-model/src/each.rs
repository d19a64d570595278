// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
/// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
/// the service this way.
#[macro_export]
macro_rules! for_each_action {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::DescribeInvocations);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident $(, $($args:tt)*)?) => {
        $m ! ($($($args)*,)? $crate::ContentEncoding,
        $crate::types::content_encoding::SHAPE); $m ! ($($($args)*,)?
        $crate::InvocationStatus, $crate::types::invocation_status::SHAPE); $m !
        ($($($args)*,)? $crate::InvokeStatus, $crate::types::invoke_status::SHAPE); $m !
        ($($($args)*,)? $crate::NodeErrorCode, $crate::types::node_error_code::SHAPE); $m
        ! ($($($args)*,)? $crate::NodeInvocationStatus,
        $crate::types::node_invocation_status::SHAPE); $m ! ($($($args)*,)?
        $crate::RepeatMode, $crate::types::repeat_mode::SHAPE);
    };
}
