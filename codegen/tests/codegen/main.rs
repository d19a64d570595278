//! The generator's integration tests, one test binary: each file is a module, so the
//! generator is linked once for all of them. A fixture spec's output (snapshots),
//! determinism and freshness, one exact message per class of bad spec, names, waiters,
//! free-form (`Json`) members, HTTP bindings.

mod docs;
mod generate;
mod http_binding;
mod json_type;
mod names;
mod waiters;
