// @generated from spec/ by `cargo xtask codegen`; do not edit.
//! Every service of the spec (the newest version of each), as the shape tables of its model crate: the list `cloudcmd` builds its commands from and the mock serves.

/// The services, sorted by name.
#[rustfmt::skip]
pub static SERVICES: [&sdk_shape::ServiceShape; 2] = [
    &eflo_controller_model::SERVICE,
    &tat_model::SERVICE,
];
