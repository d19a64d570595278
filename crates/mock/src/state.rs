//! What the mock remembers between requests: resources it created (the only state the
//! documentation implies), with the form of the ids it makes for them, and the Alibaba
//! signature nonces seen in the last 15 minutes.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rand::Rng;

/// How long a nonce is remembered: Alibaba refuses requests older than this anyway, so an
/// older nonce cannot be replayed.
pub const NONCE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Most nonces remembered. Beyond this the oldest are forgotten first, which only weakens
/// replay detection under sustained load (over 100k signed requests in 15 minutes).
pub const NONCE_CAPACITY: usize = 100_000;

/// Most created resources remembered, so a client creating in a loop cannot exhaust memory.
pub const CREATED_CAPACITY: usize = 100_000;

/// 8 lower-case letters and digits, the form of documented ids (`le1g3x2h`).
pub fn random_suffix() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// Shared state of one server.
#[derive(Default)]
pub struct State {
    created: Mutex<Created>,
    nonces: Mutex<Nonces>,
}

#[derive(Default)]
struct Created {
    /// (service, id member, id).
    set: HashSet<(&'static str, &'static str, String)>,
    order: VecDeque<(&'static str, &'static str, String)>,
}

#[derive(Default)]
struct Nonces {
    set: HashSet<String>,
    order: VecDeque<(Instant, String)>,
}

impl State {
    /// Remember that `id` (a value of member `member`, `InvokerId`) was created in `service`.
    pub fn remember_created(&self, service: &'static str, member: &'static str, id: &str) {
        let Ok(mut created) = self.created.lock() else {
            return;
        };
        let key = (service, member, id.to_owned());
        if created.set.insert(key.clone()) {
            created.order.push_back(key);
        }
        while created.order.len() > CREATED_CAPACITY {
            if let Some(old) = created.order.pop_front() {
                created.set.remove(&old);
            }
        }
    }

    /// Whether the mock created `id` (a value of `member`) in `service`.
    pub fn was_created(&self, service: &'static str, member: &'static str, id: &str) -> bool {
        self.created
            .lock()
            .map(|c| c.set.contains(&(service, member, id.to_owned())))
            .unwrap_or(false)
    }

    /// Record a nonce; `false` when it was already used within [`NONCE_WINDOW`].
    pub fn use_nonce(&self, nonce: &str) -> bool {
        let Ok(mut nonces) = self.nonces.lock() else {
            return true;
        };
        let now = Instant::now();
        while let Some((at, _)) = nonces.order.front() {
            if now.duration_since(*at) < NONCE_WINDOW && nonces.order.len() < NONCE_CAPACITY {
                break;
            }
            if let Some((_, old)) = nonces.order.pop_front() {
                nonces.set.remove(&old);
            }
        }
        if !nonces.set.insert(nonce.to_owned()) {
            return false;
        }
        nonces.order.push_back((now, nonce.to_owned()));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_are_single_use() {
        let state = State::default();
        assert!(state.use_nonce("a"));
        assert!(state.use_nonce("b"));
        assert!(!state.use_nonce("a"));
    }

    #[test]
    fn created_ids_are_remembered_per_member() {
        let state = State::default();
        state.remember_created("tat", "InvokerId", "ivk-1");
        assert!(state.was_created("tat", "InvokerId", "ivk-1"));
        assert!(!state.was_created("tat", "CommandId", "ivk-1"));
    }
}
