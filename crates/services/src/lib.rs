// @generated from spec/ by `cargo xtask codegen`; do not edit.
//! Every service of the spec (the newest version of each), as the shape tables of its model crate: the list `cloudcmd` builds its commands from and the mock serves.
//!
//! The model crates are re-exported, and the `for_each_*!` macros name every action, enum and service of them, for code that is generic over every service (the example tests): a service added to the spec is in them after `cargo xtask codegen`. The `serialize-all` and `deserialize-all` features turn on both serde directions in every model crate; `every-version` adds the older versions of services to the macros.

pub use cs_model;
pub use eflo_controller_model;
pub use tat_model;

/// The services, sorted by name.
#[rustfmt::skip]
pub static SERVICES: [&sdk_shape::ServiceShape; 3] = [
    &cs_model::SERVICE,
    &eflo_controller_model::SERVICE,
    &tat_model::SERVICE,
];

/// Calls `$m!(SERVICE, Action)` once for every action of every service: the service's
/// `&'static ServiceShape` and the action's marker type (`sdk_shape::Action`), services
/// in crate-name order, actions in name order.
#[macro_export]
#[rustfmt::skip]
macro_rules! for_each_action {
    ($m:ident) => {
        $crate::__each_model!(action $m);
    };
}

/// Calls `$m!(SERVICE, Enum, SHAPE)` once for every enum type of every service: the
/// service's `&'static ServiceShape`, the enum type and its `EnumShape`.
#[macro_export]
#[rustfmt::skip]
macro_rules! for_each_enum {
    ($m:ident) => {
        $crate::__each_model!(enums $m);
    };
}

/// Calls `$m!(SERVICE, ErrorCode, ErrorFamily)` once for every service: its
/// `&'static ServiceShape` and its one error-code enum with the enum of their families.
#[macro_export]
#[rustfmt::skip]
macro_rules! for_each_service {
    ($m:ident) => {
        $crate::__each_model!(service $m);
    };
}

/// One model crate's part of a `for_each_*!` macro.
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __model {
    (action $m:ident $model:ident) => {
        $crate:: $model ::for_each_action!($m, & $crate:: $model ::SERVICE);
    };
    (enums $m:ident $model:ident) => {
        $crate:: $model ::for_each_enum!($m, & $crate:: $model ::SERVICE);
    };
    (service $m:ident $model:ident) => {
        $m ! (& $crate:: $model ::SERVICE, $crate:: $model ::ErrorCode, $crate:: $model
        ::ErrorFamily);
    };
}

/// Calls `__model!` for every model crate, in crate-name order.
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __each_model {
    ($what:tt $m:ident) => {
        $crate::__model!($what $m cs_model); $crate::__model!($what $m
        eflo_controller_model); $crate::__model!($what $m tat_model);
    };
}
