//! What the workspace's tests share: a loopback HTTP server whose answers each test scripts,
//! and the few fixtures more than one package's tests use.
//!
//! The runtime's tests, the CLI's (over the built `cloudcmd` binary) and the generated
//! clients' (`tests/`) all talk HTTP to something on 127.0.0.1 that answers on cue: the
//! documented example, a throttling storm, a proxy's HTML page, a reset, nothing at all.
//! [`TestServer`] is that server, once: scripted per request with a [`Reply`], recording
//! every request it receives, on an ephemeral port, stopping when dropped. [`refused_url`]
//! is the other end of the scale: a port nothing listens on.
//!
//! Only ever a dev-dependency: no library crate of the workspace depends on this one.

mod repo;
mod server;

pub use repo::{copy_dir, repo};
pub use server::{refused_url, Recorded, Reply, TestServer};
