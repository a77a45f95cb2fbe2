mod agent;
mod prompt;

#[tokio::main]
async fn main() -> zbus::Result<()> {
    let conn = zbus::Connection::system().await?;
    agent::register(&conn).await?;
    eprintln!("pairprompt: registered as default agent");
    std::future::pending::<()>().await;
    Ok(())
}
