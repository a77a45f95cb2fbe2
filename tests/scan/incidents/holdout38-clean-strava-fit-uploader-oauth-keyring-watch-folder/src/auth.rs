//! Strava OAuth (authorization code flow with a loopback redirect), tokens in the OS keyring.

use serde::Deserialize;

const SERVICE: &str = "fit2strava";

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    refresh_token: String,
    expires_at: u64,
}

fn entry(name: &str) -> anyhow::Result<keyring::Entry> {
    Ok(keyring::Entry::new(SERVICE, name)?)
}

pub fn login(client_id: &str) -> anyhow::Result<()> {
    let secret = rpassword_prompt("Strava client secret: ")?;
    let server = tiny_http::Server::http("127.0.0.1:8723").map_err(|e| anyhow::anyhow!("{e}"))?;
    let url = format!(
        "https://www.strava.com/oauth/authorize?client_id={client_id}&response_type=code&redirect_uri=http://127.0.0.1:8723/cb&scope=activity:write,read&approval_prompt=auto"
    );
    webbrowser::open(&url)?;
    let req = server.recv()?;
    let code = req.url().split("code=").nth(1).and_then(|s| s.split('&').next()).ok_or_else(|| anyhow::anyhow!("no code"))?.to_owned();
    let _ = req.respond(tiny_http::Response::from_string("fit2strava is authorised; you can close this tab."));
    let t: TokenResponse = ureq::post("https://www.strava.com/oauth/token")
        .send_form(&[("client_id", client_id), ("client_secret", &secret), ("code", &code), ("grant_type", "authorization_code")])?
        .into_json()?;
    entry("client_id")?.set_password(client_id)?;
    entry("client_secret")?.set_password(&secret)?;
    entry("refresh_token")?.set_password(&t.refresh_token)?;
    let _ = (t.access_token, t.expires_at);
    println!("Logged in; tokens stored in the OS keyring.");
    Ok(())
}

pub fn access_token() -> anyhow::Result<String> {
    let t: TokenResponse = ureq::post("https://www.strava.com/oauth/token")
        .send_form(&[
            ("client_id", &entry("client_id")?.get_password()?),
            ("client_secret", &entry("client_secret")?.get_password()?),
            ("refresh_token", &entry("refresh_token")?.get_password()?),
            ("grant_type", "refresh_token"),
        ])?
        .into_json()?;
    entry("refresh_token")?.set_password(&t.refresh_token)?;
    Ok(t.access_token)
}

fn rpassword_prompt(p: &str) -> anyhow::Result<String> {
    eprint!("{p}");
    let mut s = String::new();
    std::io::stdin().read_line(&mut s)?;
    Ok(s.trim().to_owned())
}
