//! The services the binary knows, and finding a service or an action by its subcommand name.
//!
//! The services are the included shape data's (`sdk_catalogue`): its index lists them (name,
//! version, title) at no cost, and a service's tables are decoded only when a command names
//! it, so start-up does not grow with the catalogue. A leaf: the command tree, the mock
//! server and the dispatch in `main` all list or look up services, and none of them should
//! have to import another to do so.

use sdk_catalogue::Entry;
use sdk_shape::{ActionShape, ServiceShape};

use crate::exit::Failure;
use crate::language::say;

/// Every service of the included shape data, sorted by name: what help lists. Empty when
/// the data cannot be read, which [`check`] reports.
pub fn entries() -> &'static [Entry] {
    sdk_catalogue::catalogue().map_or(&[], |c| c.entries())
}

/// Whether the included shape data can be read: a binary built with a file of another
/// format version says so at once, for every command.
pub fn check() -> Result<(), Failure> {
    sdk_catalogue::catalogue().map(|_| ()).map_err(unreadable)
}

fn unreadable(e: &sdk_catalogue::DataError) -> Failure {
    Failure::usage(say!(
        "the shape data built into cloudcmd cannot be read ({e}); rebuild it with the generator of this version",
        "cloudcmd 内置的形状数据无法读取（{e}）；请用本版本的生成器重新构建"
    ))
}

/// A service a command line names: the subcommand it is called by (its name, unless two
/// vendors share the name: `aliyun-vpc`) and its tables, decoded.
#[derive(Debug, Clone, Copy)]
pub struct Named {
    /// The subcommand.
    pub command: &'static str,
    /// The service's tables.
    pub shape: &'static ServiceShape,
    /// The action the command line names after the service (by its command or wire name):
    /// the only one whose subtree is built.
    pub action: Option<&'static ActionShape>,
}

/// The service whose subcommand is `command`, its tables decoded.
pub fn named(command: &str) -> Result<Option<Named>, Failure> {
    let Some(entry) = sdk_catalogue::catalogue()
        .ok()
        .and_then(|c| c.entry(command))
    else {
        return Ok(None);
    };
    let shape = entry.shape().map_err(|e| unreadable(&e))?;
    Ok(Some(Named {
        command: entry.command,
        shape,
        action: None,
    }))
}

/// The service whose subcommand is `command`, its tables decoded.
pub fn service(command: &str) -> Result<Option<&'static ServiceShape>, Failure> {
    Ok(named(command)?.map(|n| n.shape))
}

/// Every service, decoded (the mock server serving them all).
pub fn all() -> Result<Vec<&'static ServiceShape>, Failure> {
    entries()
        .iter()
        .map(|e| e.shape().map_err(|e| unreadable(&e)))
        .collect()
}

/// The subcommand `service` is called by: its name, or its vendor's prefix and its name
/// where both vendors' catalogues are built in and both have the name (`aliyun-vpc`).
pub fn command_of(service: &ServiceShape) -> &'static str {
    entries()
        .iter()
        .find(|e| e.name == service.name && e.protocol.is_acs3() == service.protocol.is_acs3())
        .map_or(service.name, |e| e.command)
}

/// The action whose subcommand name is `name` (clap hands back the primary name even when an
/// alias was typed).
pub fn action(service: &'static ServiceShape, name: &str) -> Option<&'static ActionShape> {
    service.actions.iter().copied().find(|a| a.command == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_is_called_by_its_entry_s_command() {
        for entry in entries() {
            let shape = entry.shape().expect("decodes");
            assert_eq!(command_of(shape), entry.command);
            let named = named(entry.command).unwrap().expect("found by its command");
            assert!(std::ptr::eq(named.shape, shape));
        }
        assert!(named("nosuch").unwrap().is_none());
    }
}
