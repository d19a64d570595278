//! How long shape data takes to read: the index, then every service one by one (each the
//! median of a fresh decode, repeated). `cargo run --release -p sdk-catalogue --example
//! decode [FILE]` (default: the first included file); the numbers the format was chosen with.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use sdk_catalogue::Catalogue;
use sdk_shape::{Kind, MemberShape, ServiceShape, Text};

/// Every distinct description of a service (each string once, as the string block holds
/// it): what a build without descriptions would leave out.
fn texts(s: &'static ServiceShape, out: &mut HashSet<&'static str>) {
    let mut add = |t: &Text| {
        out.insert(t.en);
        out.insert(t.zh);
    };
    for e in s.common_errors.iter().chain(s.service_errors) {
        add(&e.description);
    }
    let mut seen = HashSet::new();
    let mut members: Vec<&'static MemberShape> = Vec::new();
    for a in s.actions {
        add(&a.description);
        for e in a.errors {
            add(&e.description);
        }
        for x in a.examples {
            add(&x.title);
            add(&x.description);
        }
        members.extend(a.input.iter().chain(a.output));
    }
    while let Some(m) = members.pop() {
        add(&m.description);
        if let Some(f) = m.filter {
            for n in f.names {
                add(&n.description);
            }
        }
        match m.kind {
            Kind::Struct(r) if seen.insert(r.name) => {
                add(&r.description);
                members.extend(r.members.iter());
            }
            Kind::Enum(e) if seen.insert(e.name) => {
                add(&e.description);
                for v in e.values {
                    add(&v.description);
                }
            }
            _ => {}
        }
    }
}

fn main() {
    let bytes: &'static [u8] = match std::env::args().nth(1) {
        Some(path) => match std::fs::read(&path) {
            Ok(b) => Box::leak(b.into_boxed_slice()),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                std::process::exit(1);
            }
        },
        None => sdk_catalogue::FILES[0],
    };
    let median = |mut f: Box<dyn FnMut() -> Duration>| {
        let mut times: Vec<Duration> = (0..11).map(|_| f()).collect();
        times.sort();
        times[5]
    };
    let index = median(Box::new(|| {
        let start = Instant::now();
        let c = Catalogue::read(bytes).expect("index");
        let t = start.elapsed();
        std::hint::black_box(c);
        t
    }));
    let catalogue = Catalogue::read(bytes).expect("index");
    println!(
        "{} bytes, {} services; index read in {:.1} us",
        bytes.len(),
        catalogue.entries().len(),
        index.as_secs_f64() * 1e6
    );
    let mut rows = Vec::new();
    let mut total = Duration::ZERO;
    let mut text_bytes = 0;
    let mut without_texts = 0;
    for entry in catalogue.entries() {
        let name = entry.name;
        let t = median(Box::new(move || {
            // A fresh index each time, so each decode is a first one.
            let c = Catalogue::read(bytes).expect("index");
            let e = c.entry(name).expect("entry");
            let start = Instant::now();
            let s = e.shape().expect("decodes");
            let t = start.elapsed();
            std::hint::black_box(s);
            t
        }));
        total += t;
        let actions = entry.shape().map(|s| s.actions.len()).unwrap_or(0);
        if let (Ok(s), Ok(mut raw)) = (entry.shape(), entry.decompressed()) {
            let mut set = HashSet::new();
            texts(s, &mut set);
            text_bytes += set.iter().map(|t| t.len()).sum::<usize>();
            // The same bytes with every description blanked where it lies in the string
            // block (the service's name is the block's first string): compressed, what a
            // build without descriptions would include, give or take their runs of spaces.
            let header = raw.iter().position(|b| b & 0x80 == 0).map_or(0, |i| i + 1);
            let base = s.name.as_ptr() as usize;
            for t in &set {
                let start = header + (t.as_ptr() as usize).wrapping_sub(base);
                if let Some(range) = raw.get_mut(start..start + t.len()) {
                    range.fill(b' ');
                }
            }
            without_texts += lz4_flex::block::compress(&raw).len();
        }
        rows.push((t, name, entry.size(), actions));
    }
    rows.sort();
    for (t, name, size, actions) in rows.iter().rev().take(5) {
        println!(
            "{name}: {size} bytes, {actions} actions, decoded in {:.2} ms",
            t.as_secs_f64() * 1e3
        );
    }
    if let Some((t, _, size, actions)) = rows.iter().find(|r| r.1 == "cvm") {
        println!(
            "cvm: {size} bytes, {actions} actions, decoded in {:.2} ms",
            t.as_secs_f64() * 1e3
        );
    }
    println!(
        "every service decoded in {:.1} ms",
        total.as_secs_f64() * 1e3
    );
    println!(
        "descriptions: {text_bytes} bytes before compression; every service compressed with them blanked: {without_texts} bytes"
    );
}
