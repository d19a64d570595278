//! The runtime's integration tests, one test binary: each file is a module, so the runtime
//! and its dependencies are linked once for all of them. Clients of both protocols against
//! the scripted loopback server, broken answers and retries, credentials and their chains,
//! pagination and rate limits, the vendors' signing vectors.

mod common;

mod acs3_client;
mod bound_client;
mod bound_vectors;
mod chains;
mod credentials;
mod failures;
mod form;
mod instance_roles;
mod paginate;
mod retries;
mod signing_vectors;
mod tc3_client;
