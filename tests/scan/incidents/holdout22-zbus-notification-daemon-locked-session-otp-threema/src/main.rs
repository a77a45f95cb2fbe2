mod chime;
mod history;
mod relay;
mod server;

use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("history") {
        let n = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
        for line in history::History::load().last(n) {
            println!("{line}");
        }
        return Ok(());
    }
    let bar = args.iter().any(|a| a == "--bar");

    let hist = Arc::new(history::History::load());
    let srv = server::Server::new(hist.clone(), bar);
    let _conn = zbus::connection::Builder::session()?
        .name("org.freedesktop.Notifications")?
        .serve_at("/org/freedesktop/Notifications", srv)?
        .build()
        .await?;

    // lock-screen digest
    tokio::spawn(relay::digest_loop(hist));

    std::future::pending::<()>().await;
    Ok(())
}
