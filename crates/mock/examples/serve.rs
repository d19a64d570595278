//! Serve every generated service until killed: prints `listening on http://127.0.0.1:PORT`
//! on its first line, so scripts (tests/interop/run_mock_interop.py) can read the endpoint.
//!
//! `cargo run -p sdk-mock --example serve [-- --listen 127.0.0.1:8080]`

use std::io::Write;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut options = sdk_mock::MockOptions::all_services();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--listen", Some(addr)) => {
                options.listen = addr.parse().map_err(|e| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        format!("--listen {addr}: {e}"),
                    )
                })?;
            }
            _ => {
                eprintln!("usage: serve [--listen ADDR:PORT]");
                std::process::exit(2);
            }
        }
    }
    let server = sdk_mock::MockServer::start(options).await?;
    println!("listening on {}", server.endpoint());
    std::io::stdout().flush()?;
    std::future::pending::<()>().await;
    server.shutdown().await;
    Ok(())
}
