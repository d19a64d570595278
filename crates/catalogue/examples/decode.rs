//! How long shape data takes to read: the index, then every service one by one (each the
//! median of a fresh decode, repeated). `cargo run --release -p sdk-catalogue --example
//! decode [FILE]` (default: the first included file); the numbers the format was chosen with.

use std::time::{Duration, Instant};

use sdk_catalogue::Catalogue;

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
}
