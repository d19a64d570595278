//! The services the binary knows, and finding a service or an action by its subcommand name.
//!
//! A leaf: the command tree, the mock server and the dispatch in `main` all list or look up
//! services, and none of them should have to import another to do so.

use sdk_shape::{ActionShape, ServiceShape};

/// Every service the binary knows, in the order they are listed in help: the generated list
/// of the spec's services.
pub use sdk_services::SERVICES;

/// The service whose subcommand is `name`.
pub fn service(name: &str) -> Option<&'static ServiceShape> {
    SERVICES.iter().copied().find(|s| s.name == name)
}

/// The action whose subcommand name is `name` (clap hands back the primary name even when an
/// alias was typed).
pub fn action(service: &'static ServiceShape, name: &str) -> Option<&'static ActionShape> {
    service.actions.iter().copied().find(|a| a.command == name)
}
