//! Reading shape data: the index of a file, and one service's tables into shapes that live
//! as long as the process.
//!
//! A service's tables, in order:
//!
//! - the service: name, title, version, protocol; endpoints (host, description); the
//!   regional rule (optional); the endpoint map (region, host); the credential sources (id,
//!   secret and token variables, the region variable (optional), the profile file); common
//!   and service error codes (code, text);
//! - enums: name, text, values (value, text);
//! - object types: name, text, members, rules;
//! - actions: name, command, text, rate limit (optional), flags (region required, read
//!   only), input and output members, rules, errors, examples (title, description, request,
//!   response), pagination (optional: offset, limit, total, items), HTTP binding (optional:
//!   method, path, body encoding, answer body);
//! - waiters: name, command, description, the polled action's index, delays, acceptors,
//!   follows (action, request), report (optional: rows, succeeded).
//!
//! A member: name, flag, kind, flags (list, required, nullable, base64), text, default,
//! example, minimum, maximum, most items, filter (optional: most values, names), place,
//! style. A text is its English then its Chinese string. Every index and length is checked,
//! so bad bytes give a [`DataError`], never a panic or a shape that points nowhere.

use std::sync::OnceLock;

use super::{DataError, Entry, StructTable, FORMAT_VERSION, MAGIC};
use crate::{
    AcceptorShape, AcceptorState, ActionShape, AnswerBody, BodyEncoding, Comparator,
    CredentialSources, Endpoint, EnumShape, EnumValue, ErrorShape, ExampleShape, FilterName,
    FilterShape, FollowShape, HttpBinding, Kind, Location, Matcher, MemberShape, Pagination,
    Protocol, RegionHost, ReportShape, Rule, RuleValue, ServiceShape, StructRef, StructShape,
    Style, Text, WaiterShape,
};

/// The entries of a file's index (`Catalogue::read_all` sorts them and refuses a name twice).
pub(super) fn index(bytes: &'static [u8]) -> Result<Vec<Entry>, DataError> {
    let mut r = Cursor {
        bytes,
        pos: 0,
        service: "",
    };
    if bytes.get(..MAGIC.len()) != Some(MAGIC.as_slice()) {
        return Err(r.fail("not shape data (no SDKSHAPE magic)"));
    }
    r.pos = MAGIC.len();
    let version = r.take(4, "the format version")?;
    let version = u32::from_le_bytes([version[0], version[1], version[2], version[3]]);
    if version != FORMAT_VERSION {
        return Err(r.fail(&format!(
            "format version {version}, but this build reads version {FORMAT_VERSION}: rebuild with the generator of this version"
        )));
    }
    let count = r.count("the number of services")?;
    let mut heads = Vec::with_capacity(count);
    for _ in 0..count {
        let name = r.inline_str("a service name")?;
        let version = r.inline_str("a service version")?;
        let title = r.inline_str("a service title")?;
        let protocol = r.protocol()?;
        let len = r.count("the size of a service")?;
        heads.push((name, version, title, protocol, len));
    }
    let mut entries = Vec::with_capacity(count);
    for (name, version, title, protocol, len) in heads {
        let bytes = r.take(len, "a service's bytes")?;
        entries.push(Entry {
            name,
            command: name,
            version,
            title,
            protocol,
            bytes,
            shape: OnceLock::new(),
        });
    }
    Ok(entries)
}

/// The largest service the reader decompresses: far above any vendor's (the largest of the
/// Tencent and Alibaba catalogues is under 4 MB), so a bad length cannot ask for gigabytes.
const MAX_SERVICE_BYTES: usize = 256 << 20;

/// Decompresses and decodes one service's stored bytes.
pub(super) fn service(
    name: &str,
    stored: &'static [u8],
) -> Result<&'static ServiceShape, DataError> {
    tables(name, leak_slice(decompress(name, stored)?))
}

/// One service's stored bytes, decompressed.
pub(super) fn decompress(name: &str, stored: &'static [u8]) -> Result<Vec<u8>, DataError> {
    let mut head = Cursor {
        bytes: stored,
        pos: 0,
        service: name,
    };
    let len = head.count("the service's size")?;
    if len > MAX_SERVICE_BYTES {
        return Err(head.fail(&format!("a service of {len} bytes")));
    }
    let bytes = lz4_flex::block::decompress(&stored[head.pos..], len)
        .map_err(|e| head.fail(&format!("the service's compressed bytes: {e}")))?;
    if bytes.len() != len {
        return Err(head.fail(&format!("{} bytes where {len} were stored", bytes.len())));
    }
    Ok(bytes)
}

/// Decodes one service's bytes, decompressed.
fn tables(name: &str, bytes: &'static [u8]) -> Result<&'static ServiceShape, DataError> {
    let mut head = Cursor {
        bytes,
        pos: 0,
        service: name,
    };
    let len = head.count("the size of the string block")?;
    let block = head.take(len, "the string block")?;
    let strings = std::str::from_utf8(block)
        .map_err(|e| head.fail(&format!("the string block is not UTF-8 ({e})")))?;
    let mut r = Reader {
        c: Cursor {
            bytes,
            pos: head.pos,
            service: name,
        },
        strings,
        enums: &[],
        structs: leak(StructTable {
            entries: OnceLock::new(),
        }),
        struct_count: 0,
    };
    let service_name = r.str()?;
    let title = r.str()?;
    let version = r.str()?;
    let protocol = r.c.protocol()?;
    let endpoints = r.list(|r| {
        Ok(Endpoint {
            host: r.str()?,
            description: r.str()?,
        })
    })?;
    let regional_endpoint = r.opt(Reader::str)?;
    let endpoint_map = r.list(|r| {
        Ok(RegionHost {
            region: r.str()?,
            host: r.str()?,
        })
    })?;
    let credentials = CredentialSources {
        id_env: r.str()?,
        secret_env: r.str()?,
        token_env: r.str()?,
        region_env: r.opt(Reader::str)?,
        profile_file: r.str()?,
    };
    let common_errors = r.list(Reader::error)?;
    let service_errors = r.list(Reader::error)?;
    r.enums = r.list(|r| {
        Ok(EnumShape {
            name: r.str()?,
            description: r.text()?,
            values: r.list(|r| {
                Ok(EnumValue {
                    value: r.str()?,
                    description: r.text()?,
                })
            })?,
        })
    })?;
    r.struct_count = r.c.count("the number of object types")?;
    r.c.room_for(r.struct_count)?;
    let mut structs = Vec::with_capacity(r.struct_count);
    for _ in 0..r.struct_count {
        structs.push(StructShape {
            name: r.str()?,
            description: r.text()?,
            members: r.list(Reader::member)?,
            rules: r.list(Reader::rule)?,
        });
    }
    let actions: &'static [ActionShape] = r.list(Reader::action)?;
    let waiters = r.list(|r| {
        let name = r.str()?;
        let command = r.str()?;
        let description = r.str()?;
        let at = r.c.pos;
        let index = r.c.count("a waiter's action")?;
        let action = actions.get(index).ok_or_else(|| {
            r.c.fail_at(
                at,
                &format!("waiter {name} polls action {index} of {}", actions.len()),
            )
        })?;
        Ok(WaiterShape {
            name,
            command,
            description,
            action,
            min_delay_seconds: r.c.u32("a delay")?,
            max_delay_seconds: r.c.u32("a delay")?,
            acceptors: r.list(Reader::acceptor)?,
            follows: r.list(|r| {
                Ok(FollowShape {
                    action: r.str()?,
                    request: r.str()?,
                })
            })?,
            report: r.opt(|r| {
                Ok(ReportShape {
                    rows: r.str()?,
                    succeeded: r.str()?,
                })
            })?,
        })
    })?;
    if r.c.pos != bytes.len() {
        return Err(r.c.fail("bytes after the last table"));
    }
    // Every index into the object types was checked against their number as it was read;
    // the table is filled before any shape is handed out.
    let _ = r.structs.entries.set(leak_slice(structs));
    Ok(leak(ServiceShape {
        name: service_name,
        title,
        version,
        protocol,
        endpoints,
        regional_endpoint,
        endpoint_map,
        credentials,
        common_errors,
        service_errors,
        actions: leak_slice(actions.iter().collect()),
        waiters: leak_slice(waiters.iter().collect()),
    }))
}

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// Bytes read in order, each failure naming the byte.
struct Cursor<'n> {
    bytes: &'static [u8],
    pos: usize,
    service: &'n str,
}

impl Cursor<'_> {
    fn fail(&self, what: &str) -> DataError {
        self.fail_at(self.pos, what)
    }

    fn fail_at(&self, offset: usize, what: &str) -> DataError {
        DataError {
            service: self.service.to_owned(),
            offset,
            what: what.to_owned(),
        }
    }

    fn take(&mut self, len: usize, what: &str) -> Result<&'static [u8], DataError> {
        let end = self
            .pos
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.fail(&format!("cut short in {what}")))?;
        let taken = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(taken)
    }

    fn byte(&mut self, what: &str) -> Result<u8, DataError> {
        Ok(self.take(1, what)?[0])
    }

    fn number(&mut self, what: &str) -> Result<u64, DataError> {
        let start = self.pos;
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(what)?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(self.fail_at(start, &format!("{what}: a number longer than 64 bits")))
    }

    fn count(&mut self, what: &str) -> Result<usize, DataError> {
        let at = self.pos;
        let n = self.number(what)?;
        usize::try_from(n).map_err(|_| self.fail_at(at, &format!("{what}: {n} is too large")))
    }

    fn u32(&mut self, what: &str) -> Result<u32, DataError> {
        let at = self.pos;
        let n = self.number(what)?;
        u32::try_from(n).map_err(|_| self.fail_at(at, &format!("{what}: {n} is beyond u32")))
    }

    /// A list of `n` items cannot be longer than the bytes left (each takes one at least):
    /// a bad count is refused before anything is allocated for it.
    fn room_for(&self, n: usize) -> Result<(), DataError> {
        if n > self.bytes.len() - self.pos {
            return Err(self.fail(&format!("a list of {n} items in fewer bytes")));
        }
        Ok(())
    }

    fn tag(&mut self, what: &str, last: u8) -> Result<u8, DataError> {
        let at = self.pos;
        let tag = self.byte(what)?;
        if tag > last {
            return Err(self.fail_at(at, &format!("{what}: unknown tag {tag}")));
        }
        Ok(tag)
    }

    fn protocol(&mut self) -> Result<Protocol, DataError> {
        Ok(match self.tag("a protocol", 2)? {
            0 => Protocol::Tc3Json,
            1 => Protocol::Acs3Rpc,
            _ => Protocol::Acs3Roa,
        })
    }

    fn inline_str(&mut self, what: &str) -> Result<&'static str, DataError> {
        let len = self.count(what)?;
        let at = self.pos;
        let bytes = self.take(len, what)?;
        std::str::from_utf8(bytes).map_err(|_| self.fail_at(at, &format!("{what}: not UTF-8")))
    }
}

/// A service's tables: the cursor, its string block, and what later tables point to.
struct Reader<'n> {
    c: Cursor<'n>,
    strings: &'static str,
    enums: &'static [EnumShape],
    structs: &'static StructTable,
    struct_count: usize,
}

impl Reader<'_> {
    fn str(&mut self) -> Result<&'static str, DataError> {
        let at = self.c.pos;
        let start = self.c.count("a string's place")?;
        let len = self.c.count("a string's length")?;
        start
            .checked_add(len)
            .and_then(|end| self.strings.get(start..end))
            .ok_or_else(|| {
                self.c.fail_at(
                    at,
                    &format!("string {start}+{len} is not a string of the block"),
                )
            })
    }

    fn text(&mut self) -> Result<Text, DataError> {
        Ok(Text {
            en: self.str()?,
            zh: self.str()?,
        })
    }

    fn flags(&mut self, what: &str) -> Result<[bool; 8], DataError> {
        let b = self.c.byte(what)?;
        Ok(std::array::from_fn(|i| b & (1 << i) != 0))
    }

    fn opt<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, DataError>,
    ) -> Result<Option<T>, DataError> {
        match self.c.tag("an optional value's presence", 1)? {
            0 => Ok(None),
            _ => f(self).map(Some),
        }
    }

    fn list<T>(
        &mut self,
        mut f: impl FnMut(&mut Self) -> Result<T, DataError>,
    ) -> Result<&'static [T], DataError> {
        let n = self.c.count("a list's length")?;
        self.c.room_for(n)?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(f(self)?);
        }
        Ok(leak_slice(items))
    }

    fn error(&mut self) -> Result<ErrorShape, DataError> {
        Ok(ErrorShape {
            code: self.str()?,
            description: self.text()?,
        })
    }

    fn kind(&mut self) -> Result<Kind, DataError> {
        let at = self.c.pos;
        Ok(match self.c.tag("a kind", 10)? {
            0 => Kind::String,
            1 => Kind::DateTime,
            2 => Kind::Crontab,
            3 => Kind::Int32,
            4 => Kind::Int64,
            5 => Kind::Uint64,
            6 => Kind::Number,
            7 => Kind::Boolean,
            8 => Kind::Json,
            9 => {
                let i = self.c.count("an enum's index")?;
                let shape = self.enums.get(i).ok_or_else(|| {
                    self.c
                        .fail_at(at, &format!("enum {i} of {}", self.enums.len()))
                })?;
                Kind::Enum(shape)
            }
            _ => {
                let i = self.c.count("an object type's index")?;
                if i >= self.struct_count {
                    return Err(self
                        .c
                        .fail_at(at, &format!("object type {i} of {}", self.struct_count)));
                }
                Kind::Struct(StructRef::in_table(self.structs, i as u32))
            }
        })
    }

    fn member(&mut self) -> Result<MemberShape, DataError> {
        let name = self.str()?;
        let flag = self.str()?;
        let kind = self.kind()?;
        let [list, required, nullable, base64, ..] = self.flags("a member's flags")?;
        Ok(MemberShape {
            name,
            flag,
            kind,
            list,
            required,
            nullable,
            base64,
            description: self.text()?,
            default: self.opt(Reader::str)?,
            example: self.opt(Reader::str)?,
            minimum: self.opt(Reader::integer)?,
            maximum: self.opt(Reader::integer)?,
            max_items: self.opt(|r| r.c.u32("a list's most items"))?,
            filter: self.opt(|r| {
                Ok(leak(FilterShape {
                    max_values: r.opt(|r| r.c.u32("a filter's most values"))?,
                    names: r.list(|r| {
                        Ok(FilterName {
                            name: r.str()?,
                            description: r.text()?,
                        })
                    })?,
                }))
            })?,
            location: match self.c.tag("a member's place", 3)? {
                0 => Location::Body,
                1 => Location::Query,
                2 => Location::Path,
                _ => Location::Header,
            },
            style: match self.c.tag("a member's style", 2)? {
                0 => None,
                1 => Some(Style::Json),
                _ => Some(Style::Simple),
            },
        })
    }

    fn integer(&mut self) -> Result<i64, DataError> {
        let n = self.c.number("a signed number")?;
        Ok(((n >> 1) as i64) ^ -((n & 1) as i64))
    }

    fn float(&mut self) -> Result<f64, DataError> {
        let b = self.c.take(8, "a number")?;
        Ok(f64::from_le_bytes([
            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
        ]))
    }

    fn rule(&mut self) -> Result<Rule, DataError> {
        Ok(match self.c.tag("a rule", 1)? {
            0 => Rule::MutuallyExclusive(self.list(Reader::str)?),
            _ => Rule::RequiredIf {
                member: self.str()?,
                when: self.str()?,
                equals: match self.c.tag("a rule's value", 3)? {
                    0 => RuleValue::String(self.str()?),
                    1 => RuleValue::Integer(self.integer()?),
                    2 => RuleValue::Number(self.float()?),
                    _ => RuleValue::Boolean(self.flags("a boolean")?[0]),
                },
            },
        })
    }

    fn action(&mut self) -> Result<ActionShape, DataError> {
        let name = self.str()?;
        let command = self.str()?;
        let description = self.text()?;
        let rate_limit = self.opt(|r| r.c.u32("a rate limit"))?;
        let [region_required, read_only, ..] = self.flags("an action's flags")?;
        Ok(ActionShape {
            name,
            command,
            description,
            rate_limit,
            region_required,
            read_only,
            input: self.list(Reader::member)?,
            output: self.list(Reader::member)?,
            rules: self.list(Reader::rule)?,
            errors: self.list(Reader::error)?,
            examples: self.list(|r| {
                Ok(ExampleShape {
                    title: r.text()?,
                    description: r.text()?,
                    request: r.str()?,
                    response: r.str()?,
                })
            })?,
            pagination: self.opt(|r| {
                Ok(Pagination {
                    offset: r.str()?,
                    limit: r.str()?,
                    total: r.str()?,
                    items: r.str()?,
                })
            })?,
            http: self.opt(|r| {
                Ok(leak(HttpBinding {
                    method: r.str()?,
                    path: r.str()?,
                    body: match r.c.tag("a body encoding", 1)? {
                        0 => BodyEncoding::Form,
                        _ => BodyEncoding::Json,
                    },
                    answer: match r.c.tag("an answer body", 1)? {
                        0 => AnswerBody::Json,
                        _ => AnswerBody::None,
                    },
                }))
            })?,
        })
    }

    fn acceptor(&mut self) -> Result<AcceptorShape, DataError> {
        let state = match self.c.tag("an acceptor's state", 2)? {
            0 => AcceptorState::Success,
            1 => AcceptorState::Failure,
            _ => AcceptorState::Retry,
        };
        let matcher = match self.c.tag("a matcher", 2)? {
            0 => Matcher::Output {
                path: self.str()?,
                comparator: match self.c.tag("a comparator", 3)? {
                    0 => Comparator::StringEquals,
                    1 => Comparator::BooleanEquals,
                    2 => Comparator::AllStringEquals,
                    _ => Comparator::AnyStringEquals,
                },
                expected: self.str()?,
            },
            1 => Matcher::Success(self.flags("a boolean")?[0]),
            _ => Matcher::ErrorCode(self.str()?),
        };
        Ok(AcceptorShape { state, matcher })
    }
}
