// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Macros naming every action and every enum of the service.

/// Calls `$m!(Action)` once for every action marker type of the service, in name order.
#[macro_export]
macro_rules! for_each_action {
    ($m:ident) => {
        $m ! ($crate::DescribeInvocations);
    };
}

/// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
/// in name order.
#[macro_export]
macro_rules! for_each_enum {
    ($m:ident) => {
        $m ! ($crate::ContentEncoding, $crate::types::content_encoding::SHAPE); $m !
        ($crate::InvocationStatus, $crate::types::invocation_status::SHAPE); $m !
        ($crate::InvokeStatus, $crate::types::invoke_status::SHAPE); $m !
        ($crate::NodeErrorCode, $crate::types::node_error_code::SHAPE); $m !
        ($crate::NodeInvocationStatus, $crate::types::node_invocation_status::SHAPE); $m
        ! ($crate::RepeatMode, $crate::types::repeat_mode::SHAPE);
    };
}
