//! Writing shape data: the primitives the generator writes a service's tables with, in the
//! order `read.rs` reads them, and the file that indexes many services.
//!
//! Every value that has a tag on the wire (protocol, kind, place, style, ...) is written
//! by a method taking this crate's own enum, so a tag is numbered once, here and in its
//! reading.

use std::collections::HashMap;

use super::{FORMAT_VERSION, MAGIC};
use crate::{AcceptorState, AnswerBody, BodyEncoding, Comparator, Location, Protocol, Style};

/// The kinds that name no type, as [`crate::Kind`] has them; the tag is the discriminant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// [`crate::Kind::String`].
    String = 0,
    /// [`crate::Kind::DateTime`].
    DateTime = 1,
    /// [`crate::Kind::Crontab`].
    Crontab = 2,
    /// [`crate::Kind::Int32`].
    Int32 = 3,
    /// [`crate::Kind::Int64`].
    Int64 = 4,
    /// [`crate::Kind::Uint64`].
    Uint64 = 5,
    /// [`crate::Kind::Number`].
    Number = 6,
    /// [`crate::Kind::Boolean`].
    Boolean = 7,
    /// [`crate::Kind::Json`].
    Json = 8,
}

/// One service's bytes as they are written: a string block and the tables that point into
/// it.
#[derive(Debug, Default)]
pub struct Writer {
    strings: String,
    places: HashMap<String, (usize, usize)>,
    body: Vec<u8>,
}

/// A service for [`Writer::catalogue`]: what the index says of it, and its bytes
/// ([`Writer::finish`]).
#[derive(Debug)]
pub struct Indexed {
    /// Short name.
    pub name: String,
    /// API version.
    pub version: String,
    /// Human title.
    pub title: String,
    /// Wire protocol.
    pub protocol: Protocol,
    /// The service's bytes.
    pub bytes: Vec<u8>,
}

impl Writer {
    /// An empty service.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// An unsigned number.
    pub fn number(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.body.push(low);
                return;
            }
            self.body.push(low | 0x80);
        }
    }

    /// The number of items a list has; the items follow.
    pub fn count(&mut self, n: usize) {
        self.number(n as u64);
    }

    /// A signed number.
    pub fn integer(&mut self, i: i64) {
        self.number(((i << 1) ^ (i >> 63)) as u64);
    }

    /// A number with a fraction.
    pub fn float(&mut self, x: f64) {
        self.body.extend_from_slice(&x.to_le_bytes());
    }

    /// Up to eight booleans as one byte, the first the lowest bit.
    pub fn flags(&mut self, flags: &[bool]) {
        debug_assert!(flags.len() <= 8);
        let byte = flags
            .iter()
            .enumerate()
            .fold(0u8, |b, (i, &set)| b | (u8::from(set) << i));
        self.body.push(byte);
    }

    /// Whether an optional value follows.
    pub fn present(&mut self, present: bool) {
        self.flags(&[present]);
    }

    /// `Some(f(value))` or nothing.
    pub fn option<T>(&mut self, value: Option<T>, f: impl FnOnce(&mut Writer, T)) {
        self.present(value.is_some());
        if let Some(v) = value {
            f(self, v);
        }
    }

    /// A string: its place in the service's string block, where each distinct string is
    /// once.
    pub fn str(&mut self, s: &str) {
        let (start, len) = match self.places.get(s) {
            Some(&place) => place,
            None => {
                let place = (self.strings.len(), s.len());
                self.strings.push_str(s);
                self.places.insert(s.to_owned(), place);
                place
            }
        };
        self.count(start);
        self.count(len);
    }

    /// An optional string.
    pub fn opt_str(&mut self, s: Option<&str>) {
        self.option(s, |w, s| w.str(s));
    }

    /// A text in both languages (either may be empty).
    pub fn text(&mut self, en: &str, zh: &str) {
        self.str(en);
        self.str(zh);
    }

    /// A wire protocol.
    pub fn protocol(&mut self, p: Protocol) {
        self.body.push(match p {
            Protocol::Tc3Json => 0,
            Protocol::Acs3Rpc => 1,
            Protocol::Acs3Roa => 2,
        });
    }

    /// A kind that names no type. The enum and object kinds are [`Writer::enum_kind`] and
    /// [`Writer::struct_kind`].
    pub fn scalar_kind(&mut self, kind: Scalar) {
        self.body.push(kind as u8);
    }

    /// The enum type at `index` of the service's enums.
    pub fn enum_kind(&mut self, index: usize) {
        self.body.push(9);
        self.count(index);
    }

    /// The object type at `index` of the service's object types.
    pub fn struct_kind(&mut self, index: usize) {
        self.body.push(10);
        self.count(index);
    }

    /// Where a request member goes.
    pub fn location(&mut self, l: Location) {
        self.body.push(match l {
            Location::Body => 0,
            Location::Query => 1,
            Location::Path => 2,
            Location::Header => 3,
        });
    }

    /// How a list or object member is written, if not as its place writes it.
    pub fn style(&mut self, s: Option<Style>) {
        self.body.push(match s {
            None => 0,
            Some(Style::Json) => 1,
            Some(Style::Simple) => 2,
        });
    }

    /// How body members are encoded.
    pub fn body_encoding(&mut self, b: BodyEncoding) {
        self.body.push(match b {
            BodyEncoding::Form => 0,
            BodyEncoding::Json => 1,
        });
    }

    /// What an answer's body holds.
    pub fn answer_body(&mut self, a: AnswerBody) {
        self.body.push(match a {
            AnswerBody::Json => 0,
            AnswerBody::None => 1,
        });
    }

    /// `MutuallyExclusive(names)`.
    pub fn rule_exclusive<'a>(&mut self, names: impl ExactSizeIterator<Item = &'a str>) {
        self.body.push(0);
        self.count(names.len());
        for n in names {
            self.str(n);
        }
    }

    /// `RequiredIf { member, when, .. }`; the value follows, one of the `value_*`.
    pub fn rule_required_if(&mut self, member: &str, when: &str) {
        self.body.push(1);
        self.str(member);
        self.str(when);
    }

    /// A rule's string value.
    pub fn value_string(&mut self, s: &str) {
        self.body.push(0);
        self.str(s);
    }

    /// A rule's integer value.
    pub fn value_integer(&mut self, i: i64) {
        self.body.push(1);
        self.integer(i);
    }

    /// A rule's number value.
    pub fn value_number(&mut self, x: f64) {
        self.body.push(2);
        self.float(x);
    }

    /// A rule's boolean value.
    pub fn value_boolean(&mut self, b: bool) {
        self.body.push(3);
        self.flags(&[b]);
    }

    /// An acceptor's state.
    pub fn acceptor_state(&mut self, s: AcceptorState) {
        self.body.push(match s {
            AcceptorState::Success => 0,
            AcceptorState::Failure => 1,
            AcceptorState::Retry => 2,
        });
    }

    /// `Matcher::Output { path, comparator, expected }`.
    pub fn matcher_output(&mut self, path: &str, comparator: Comparator, expected: &str) {
        self.body.push(0);
        self.str(path);
        self.body.push(match comparator {
            Comparator::StringEquals => 0,
            Comparator::BooleanEquals => 1,
            Comparator::AllStringEquals => 2,
            Comparator::AnyStringEquals => 3,
        });
        self.str(expected);
    }

    /// `Matcher::Success(success)`.
    pub fn matcher_success(&mut self, success: bool) {
        self.body.push(1);
        self.flags(&[success]);
    }

    /// `Matcher::ErrorCode(code)`.
    pub fn matcher_error_code(&mut self, code: &str) {
        self.body.push(2);
        self.str(code);
    }

    /// The service's bytes: the string block's length, the block, the tables.
    pub fn finish(self) -> Vec<u8> {
        let mut head = Writer::new();
        head.count(self.strings.len());
        let mut out = head.body;
        out.extend_from_slice(self.strings.as_bytes());
        out.extend_from_slice(&self.body);
        out
    }

    /// A whole file: the magic, the format version, the index (sorted by name) and every
    /// service's bytes, compressed.
    pub fn catalogue(mut services: Vec<Indexed>) -> Vec<u8> {
        services.sort_by(|a, b| a.name.cmp(&b.name));
        let mut index = Vec::new();
        let put = |bytes: &[u8], index: &mut Vec<u8>| {
            let mut w = Writer::new();
            w.count(bytes.len());
            index.extend_from_slice(&w.body);
            index.extend_from_slice(bytes);
        };
        let mut head = Writer::new();
        head.count(services.len());
        index.extend_from_slice(&head.body);
        // Each service's bytes LZ4-compressed after their length: a third of the size, and
        // decompressed at memory speed when the service is first decoded.
        let stored: Vec<Vec<u8>> = services
            .iter()
            .map(|s| {
                let mut w = Writer::new();
                w.count(s.bytes.len());
                let mut stored = w.body;
                stored.extend_from_slice(&lz4_flex::block::compress(&s.bytes));
                stored
            })
            .collect();
        for (s, bytes) in services.iter().zip(&stored) {
            put(s.name.as_bytes(), &mut index);
            put(s.version.as_bytes(), &mut index);
            put(s.title.as_bytes(), &mut index);
            let mut w = Writer::new();
            w.protocol(s.protocol);
            w.count(bytes.len());
            index.extend_from_slice(&w.body);
        }
        let mut out = Vec::with_capacity(16 + index.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&index);
        for bytes in stored {
            out.extend_from_slice(&bytes);
        }
        out
    }
}
