//! Request signing for both vendors' HMAC-SHA256 schemes.
//!
//! Each scheme is split into the steps its specification names (canonical request, string to
//! sign, signature, `Authorization` header), each a pure function tested against vectors made
//! by the vendors' official SDKs (`tests/vectors/`). The steps write into any
//! [`std::fmt::Write`] sink: tests collect the text into a `String`, while signing a real
//! request feeds it straight into SHA-256 through [`HashWriter`] so the canonical request is
//! never materialised.

pub mod acs3;
pub mod tc3;

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// A [`fmt::Write`] sink that hashes what is written to it.
#[derive(Default, Clone)]
pub struct HashWriter(Sha256);

impl HashWriter {
    /// A fresh SHA-256 sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// The lower-case hex SHA-256 of everything written.
    pub fn finish_hex(self) -> HexDigest {
        HexDigest::of(&self.0.finalize().into())
    }
}

impl fmt::Write for HashWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// 32 bytes as 64 lower-case hex characters, held inline.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HexDigest([u8; 64]);

impl HexDigest {
    /// Hex of a 32-byte digest.
    pub fn of(bytes: &[u8; 32]) -> Self {
        let mut out = [0u8; 64];
        // The output buffer is exactly twice the input, so encoding cannot fail.
        if hex::encode_to_slice(bytes, &mut out).is_err() {
            out = [b'0'; 64];
        }
        Self(out)
    }

    /// The hex text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl fmt::Debug for HexDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for HexDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Hex SHA-256 of `data` (payload hashes in both schemes).
pub fn sha256_hex(data: &[u8]) -> HexDigest {
    HexDigest::of(&Sha256::digest(data).into())
}

/// HMAC-SHA256 of `message` keyed with `key`.
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    // HMAC is defined for keys of every length; `new_from_slice` cannot fail for it.
    let mut mac = MacWriter::new(key);
    mac.0.update(message);
    mac.0.finalize().into_bytes().into()
}

/// A [`fmt::Write`] sink that feeds what is written into HMAC-SHA256, so a string to sign
/// can be signed without being collected first.
pub struct MacWriter(Hmac<Sha256>);

impl MacWriter {
    /// A sink keyed with `key`.
    pub fn new(key: &[u8]) -> Self {
        match Hmac::<Sha256>::new_from_slice(key) {
            Ok(mac) => Self(mac),
            Err(_) => unreachable!("HMAC accepts keys of any length"),
        }
    }

    /// The lower-case hex MAC of everything written.
    pub fn finish_hex(self) -> HexDigest {
        HexDigest::of(&self.0.finalize().into_bytes().into())
    }
}

impl fmt::Write for MacWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// Write `name:trimmed-value\n` for each header; both schemes' canonical header blocks have
/// this form.
fn write_canonical_headers<W: fmt::Write>(out: &mut W, headers: &[(&str, &str)]) -> fmt::Result {
    for (name, value) in headers {
        out.write_str(name)?;
        out.write_char(':')?;
        out.write_str(value.trim())?;
        out.write_char('\n')?;
    }
    Ok(())
}

/// Write the header names joined by `;`.
fn write_signed_headers<W: fmt::Write>(out: &mut W, headers: &[(&str, &str)]) -> fmt::Result {
    for (i, (name, _)) in headers.iter().enumerate() {
        if i > 0 {
            out.write_char(';')?;
        }
        out.write_str(name)?;
    }
    Ok(())
}

/// Whether `headers` are lower-case and sorted by name, as both schemes require.
fn headers_are_canonical(headers: &[(&str, &str)]) -> bool {
    headers.windows(2).all(|w| w[0].0 < w[1].0)
        && headers
            .iter()
            .all(|(n, _)| !n.bytes().any(|b| b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_empty_input() {
        assert_eq!(
            sha256_hex(b"").as_str(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn hash_writer_matches_one_shot_hash() {
        use std::fmt::Write;
        let mut w = HashWriter::new();
        w.write_str("ab").unwrap();
        w.write_str("c").unwrap();
        assert_eq!(w.finish_hex(), sha256_hex(b"abc"));
    }

    #[test]
    fn canonical_header_check() {
        assert!(headers_are_canonical(&[("a", "1"), ("b", "2")]));
        assert!(!headers_are_canonical(&[("b", "1"), ("a", "2")]));
        assert!(!headers_are_canonical(&[("A", "1")]));
    }
}
