mod agent;
mod beacon;
mod keys;
mod nmea;
mod policy;
mod setup;

#[tokio::main]
async fn main() -> zbus::Result<()> {
    let cmd = std::env::args().nth(1).unwrap_or_else(|| "agent".into());
    match cmd.as_str() {
        "setup" => {
            setup::install();
            Ok(())
        }
        "agent" | "system-agent" => {
            let system = cmd == "system-agent";
            let conn = zbus::Connection::system().await?;
            agent::register(&conn, system).await?;
            if system {
                tokio::spawn(beacon::run());
            }
            std::future::pending::<()>().await;
            Ok(())
        }
        other => {
            eprintln!("unknown command {other}; use agent | setup");
            std::process::exit(2);
        }
    }
}
