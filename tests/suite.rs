//! This package's tests, one test binary: each file is a module, so the generated crates of
//! every service, the runtime and the mock are linked once for all of them. No test changes
//! the process's environment or installs a global subscriber (`clients.rs` sets a
//! thread-local one), so sharing the process changes nothing for them.

mod clients;
mod examples;
mod faults;
mod properties;
mod secrets;
mod waiters;
mod wire;
