//! Shape data: the shape tables of many services as bytes, decoded one service at a time.
//!
//! `cloudcmd` and the mock serve every service of a catalogue. As Rust `static`s (one per
//! action and type, in the model crates) the tables of the whole Tencent catalogue are
//! millions of lines for rustc; as data they are one file the binary includes, and only the
//! service a command names is ever decoded. The generator writes the file
//! (`codegen::emit::catalogue`, with [`Writer`]); [`Catalogue`] reads its index, and
//! [`Entry::shape`] decodes one service into the same [`ServiceShape`] the model crates'
//! statics are, so everything that reads shapes reads decoded ones the same way.
//!
//! The format (version [`FORMAT_VERSION`]): the magic `SDKSHAPE`, the version as a
//! little-endian `u32`, then the index (a count, then per service its name, version, title,
//! protocol and the place of its bytes) and the services' bytes. A service's bytes are its
//! strings, deduplicated, as one UTF-8 block (checked once when decoded, so each string is
//! a slice of it and costs nothing until read), then its tables: enums, object types,
//! actions and waiters, in the order [`Writer`]'s callers write them and the reader reads
//! them (`read.rs`). Numbers are LEB128 varints (signed ones zigzag-coded), a string is its
//! place in the block. Decoded tables live as long as the process, as the statics do: a
//! command decodes one service, the mock each service it is asked for, once.

mod read;
mod write;

use std::sync::OnceLock;

pub use write::{Indexed, Scalar, Writer};

use crate::{Protocol, ServiceShape, StructShape};

/// The file's first bytes.
pub const MAGIC: &[u8; 8] = b"SDKSHAPE";

/// The version of the format [`Writer`] writes and [`Catalogue`] reads; a file of another
/// version is refused with [`DataError`], never misread.
pub const FORMAT_VERSION: u32 = 1;

/// Why shape data could not be read: a file of another format version, or bytes that are
/// not what the writer writes (cut short, an index out of range, text that is not UTF-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The service whose bytes were read; empty for the index.
    pub service: String,
    /// The byte where reading stopped, from the start of the service's bytes (or the file).
    pub offset: usize,
    /// What was expected there.
    pub what: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.service.is_empty() {
            write!(f, "shape data index, byte {}: {}", self.offset, self.what)
        } else {
            write!(
                f,
                "shape data of service {}, byte {}: {}",
                self.service, self.offset, self.what
            )
        }
    }
}

impl std::error::Error for DataError {}

/// The object types of a decoded service, filled once every one of them is built (a type
/// may contain itself); [`crate::StructRef`] reads through it.
pub struct StructTable {
    entries: OnceLock<&'static [StructShape]>,
}

impl StructTable {
    /// The entry at `index`. The reader checks every index against the table's length and
    /// fills the table before it hands out any shape, so neither can fail for a shape a
    /// caller holds.
    pub(crate) fn entry(&self, index: u32) -> &'static StructShape {
        let entries = self
            .entries
            .get()
            .expect("a decoded table is filled before any of its shapes is handed out");
        &entries[index as usize]
    }
}

/// A service of a catalogue, as its index lists it: enough to list it and route to it, its
/// tables decoded on the first [`Entry::shape`].
pub struct Entry {
    /// Short name (`cvm`).
    pub name: &'static str,
    /// The name commands call it by: its name, but for a service of a later file whose
    /// name an earlier file's service has, the name after its vendor's prefix
    /// (`aliyun-vpc` beside Tencent's `vpc`): [`Catalogue::read_all`].
    pub command: &'static str,
    /// API version (`2017-03-12`).
    pub version: &'static str,
    /// Human title (English).
    pub title: &'static str,
    /// Wire protocol.
    pub protocol: Protocol,
    bytes: &'static [u8],
    shape: OnceLock<Result<&'static ServiceShape, DataError>>,
}

impl Entry {
    /// The service's tables, decoded on the first call.
    pub fn shape(&self) -> Result<&'static ServiceShape, DataError> {
        self.shape
            .get_or_init(|| read::service(self.name, self.bytes))
            .clone()
    }

    /// The size of the service's bytes.
    pub fn size(&self) -> usize {
        self.bytes.len()
    }

    /// The service's bytes, decompressed: its string block's length, the block (where the
    /// decoded shape's strings point, the service's name first), then its tables. For
    /// measuring what the data holds (`sdk-catalogue`'s `decode` example).
    pub fn decompressed(&self) -> Result<Vec<u8>, DataError> {
        read::decompress(self.name, self.bytes)
    }
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("name", &self.name)
            .field("version", &self.version)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The services of a shape data file, by name: read from its index, each decoded when
/// first asked for.
#[derive(Debug)]
pub struct Catalogue {
    entries: Vec<Entry>,
}

impl Catalogue {
    /// Reads the index of `bytes` (a file [`Writer::catalogue`] wrote).
    pub fn read(bytes: &'static [u8]) -> Result<Catalogue, DataError> {
        Catalogue::read_all(&[bytes])
    }

    /// The services of several files (a vendor's catalogue each, Tencent's first). Where two
    /// vendors name a service alike (both have a `vpc`), the earlier file's keeps the name
    /// and the later one's is called by its vendor's prefix (`aliyun-vpc`, `tencent-vpc`);
    /// a name twice within one vendor is refused, as nothing could say which is meant.
    pub fn read_all(files: &[&'static [u8]]) -> Result<Catalogue, DataError> {
        let mut entries: Vec<Entry> = Vec::new();
        let twice = |name: &str| DataError {
            service: String::new(),
            offset: 0,
            what: format!("service {name} is in two of the files"),
        };
        for bytes in files {
            let mut taken: Vec<(&str, bool)> = entries
                .iter()
                .map(|e| (e.command, e.protocol.is_acs3()))
                .collect();
            taken.sort_unstable();
            for mut e in read::index(bytes)? {
                let alibaba = e.protocol.is_acs3();
                let other_vendor = (e.name, !alibaba);
                if taken.binary_search(&(e.name, alibaba)).is_ok() {
                    return Err(twice(e.name));
                }
                if taken.binary_search(&other_vendor).is_ok() {
                    let prefix = if alibaba { "aliyun" } else { "tencent" };
                    e.command = Box::leak(format!("{prefix}-{}", e.name).into_boxed_str());
                }
                entries.push(e);
            }
        }
        entries.sort_by(|a, b| a.command.cmp(b.command));
        if let Some(w) = entries.windows(2).find(|w| w[0].command == w[1].command) {
            return Err(twice(w[0].command));
        }
        Ok(Catalogue { entries })
    }

    /// Every service, sorted by command.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The service whose command is `command` (its name, unless two vendors share it).
    pub fn entry(&self, command: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| e.command.cmp(command))
            .ok()
            .map(|i| &self.entries[i])
    }
}

#[cfg(test)]
mod tests;
