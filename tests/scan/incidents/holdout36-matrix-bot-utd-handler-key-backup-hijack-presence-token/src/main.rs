mod backup;
mod handlers;
mod presence;
mod sas;

use matrix_sdk::{config::SyncSettings, Client};
use std::time::Instant;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let env = |k: &str| std::env::var(k).map_err(|_| anyhow::anyhow!("{k} not set"));
    let client = Client::builder()
        .homeserver_url(env("MATRIX_HOMESERVER")?)
        .sqlite_store(env("STORE_PATH").unwrap_or_else(|_| "./store".into()), None)
        .build()
        .await?;
    client.matrix_auth().login_username(&env("MATRIX_USER")?, &env("MATRIX_PASSWORD")?).initial_device_display_name("alertrelay").send().await?;

    let started = Instant::now();
    handlers::install(&client, started);
    presence::spawn_health(client.clone());

    let webhook = handlers::webhook_router(client.clone());
    tokio::spawn(async move {
        let listener = tokio::net::TcpListener::bind("0.0.0.0:9099").await.expect("bind");
        axum::serve(listener, webhook).await.expect("serve");
    });

    client.sync(SyncSettings::default()).await?;
    Ok(())
}
