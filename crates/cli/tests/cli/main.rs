//! The CLI's integration tests, one test binary over the built `cloudcmd`: each file is a
//! module, so the CLI and its dependencies are linked once for all of them. Every test runs
//! the binary as a child process with an environment of its own (`common::cloudcmd`), so
//! sharing this process changes nothing for them.

mod common;

mod answers;
mod bound;
mod credentials;
mod eflo;
mod errors;
mod examples;
mod features;
mod help;
mod hostile;
mod language;
mod mock;
mod secrets;
mod tables;
