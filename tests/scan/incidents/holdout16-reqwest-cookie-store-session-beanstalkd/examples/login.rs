use std::sync::Arc;

use reqwest_cookie_persist::PersistentJar;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let jar = Arc::new(PersistentJar::open("cookies.json")?);
    let client = reqwest::Client::builder().cookie_provider(jar.clone()).build()?;
    let resp = client.get("https://httpbin.example/cookies/set?session=abc").send().await?;
    println!("{} ({} cookies stored)", resp.status(), jar.len());
    Ok(())
}
