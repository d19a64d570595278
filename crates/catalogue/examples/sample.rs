//! A deterministic sample of documented examples from shape data, as JSON lines: for up to
//! `PER` actions of each service (evenly spread over its actions with an example that has a
//! request), until `COUNT` are taken, the service's command, the action's wire and command
//! names, the example's request and its documented response. `scripts/check-catalogue-mock.py`
//! sends each through `cloudcmd --mock` and `tccli` and compares the answers with these.
//!
//! `cargo run --release -p sdk-catalogue --example sample -- COUNT PER FILE...`

use sdk_catalogue::Catalogue;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(per), files) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1).and_then(|a| a.parse::<usize>().ok()),
        args.get(2..).unwrap_or_default(),
    ) else {
        eprintln!("usage: sample COUNT PER FILE...");
        std::process::exit(2);
    };
    let files: Vec<&'static [u8]> = files
        .iter()
        .map(|path| match std::fs::read(path) {
            Ok(b) => &*Box::leak(b.into_boxed_slice()),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                std::process::exit(1);
            }
        })
        .collect();
    let catalogue = match Catalogue::read_all(&files) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let mut taken = 0;
    for entry in catalogue.entries() {
        let service = match entry.shape() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        };
        let with_example: Vec<_> = service
            .actions
            .iter()
            .filter_map(|a| {
                let e = a.examples.iter().find(|e| !e.request.trim().is_empty())?;
                Some((a, e))
            })
            .collect();
        let n = with_example.len().min(per);
        for i in 0..n {
            if taken == count {
                return;
            }
            let (action, example) = with_example[i * with_example.len() / n];
            let line = serde_json::json!({
                "command": entry.command,
                "service": service.name,
                "protocol": if service.protocol.is_acs3() { "acs3" } else { "tc3" },
                "version": service.version,
                "action": action.name,
                "action_command": action.command,
                "region_required": action.region_required,
                "request": example.request,
                "response": example.response,
            });
            println!("{line}");
            taken += 1;
        }
    }
}
