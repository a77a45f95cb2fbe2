//! Test database: the compose service in tests/compose.yaml (image pinned
//! by digest), bound to 127.0.0.1 only.

use std::path::Path;
use std::time::Duration;

use tokio::process::Command;
use tokio::sync::OnceCell;

const DSN: &str = "host=127.0.0.1 port=55432 user=takehome password=EXAMPLE-local-only dbname=inventory";

static STARTED: OnceCell<()> = OnceCell::const_new();

async fn compose_up() {
    let root = env!("CARGO_MANIFEST_DIR");
    let status = Command::new("docker")
        .args(["compose", "-f", "tests/compose.yaml", "up", "-d", "--wait", "db"])
        .current_dir(root)
        .status()
        .await
        .expect("docker is required for the acceptance tests");
    assert!(status.success(), "docker compose up failed");
}

async fn migrate(client: &tokio_postgres::Client) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files.into_iter().filter(|p| p.extension().map_or(false, |e| e == "sql")) {
        client.batch_execute(&std::fs::read_to_string(&f).unwrap()).await.unwrap();
    }
}

pub async fn connect() -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    STARTED.get_or_init(compose_up).await;
    let mut last = None;
    for _ in 0..30 {
        match tokio_postgres::connect(DSN, tokio_postgres::NoTls).await {
            Ok((client, conn)) => {
                tokio::spawn(conn);
                migrate(&client).await;
                return Ok(client);
            }
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Err(last.unwrap())
}
