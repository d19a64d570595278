//! Behaviour with state: services whose documentation describes resources that live and
//! change over time answer from what the mock remembers, on the mock's own [`MockClock`].

pub mod clock;

pub use clock::MockClock;
