use std::path::PathBuf;
use std::process::exit;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use sha1::{Digest, Sha1};

mod config;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CachedToken {
    access_token: String,
    expires_at: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RoleCredentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: String,
    expiration: u64,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Response {
    role_credentials: RoleCredentials,
}

fn fail(msg: &str) -> ! {
    eprintln!("sso-credential-process: {}", msg);
    exit(1)
}

fn cache_file(key: &str) -> PathBuf {
    let hash: String = Sha1::digest(key.as_bytes()).iter().map(|b| format!("{:02x}", b)).collect();
    dirs::home_dir().unwrap_or_default().join(".aws/sso/cache").join(format!("{}.json", hash))
}

/// RFC 3339 "2024-05-01T12:00:00Z" to epoch seconds (UTC only, as the CLI writes it).
fn parse_time(s: &str) -> Option<u64> {
    let s = s.trim_end_matches('Z').replace("UTC", "");
    let (date, time) = s.split_once('T')?;
    let d: Vec<i64> = date.split('-').filter_map(|x| x.parse().ok()).collect();
    let t: Vec<i64> = time.split(':').filter_map(|x| x.split('.').next()?.parse().ok()).collect();
    if d.len() != 3 || t.len() < 3 {
        return None;
    }
    let (y, m) = if d[1] <= 2 { (d[0] - 1, d[1] + 9) } else { (d[0], d[1] - 3) };
    let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d[2] - 1 - 719_468;
    Some((days * 86_400 + t[0] * 3600 + t[1] * 60 + t[2]) as u64)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let profile = match args.iter().position(|a| a == "--profile").and_then(|i| args.get(i + 1)) {
        Some(p) => p.clone(),
        None => fail("usage: sso-credential-process --profile NAME"),
    };
    let cfg_path = config::path().unwrap_or_else(|| fail("cannot locate ~/.aws/config"));
    let text = std::fs::read_to_string(&cfg_path).unwrap_or_else(|e| fail(&format!("{}: {}", cfg_path.display(), e)));
    let cfg = config::parse(&text);
    let section = if profile == "default" { "default".to_string() } else { format!("profile {}", profile) };
    let p = cfg.get(&section).unwrap_or_else(|| fail(&format!("profile {} not found", profile)));

    // New-style sso-session sections are keyed by session name, legacy profiles by start URL.
    let (cache_key, region) = match p.get("sso_session") {
        Some(s) => {
            let sess = cfg.get(&format!("sso-session {}", s)).unwrap_or_else(|| fail("sso-session section missing"));
            (s.clone(), sess.get("sso_region").cloned())
        }
        None => (p.get("sso_start_url").cloned().unwrap_or_else(|| fail("profile is not an SSO profile")), p.get("sso_region").cloned()),
    };
    let region = region.unwrap_or_else(|| fail("sso_region missing"));
    let account = p.get("sso_account_id").unwrap_or_else(|| fail("sso_account_id missing"));
    let role = p.get("sso_role_name").unwrap_or_else(|| fail("sso_role_name missing"));

    let token: CachedToken = std::fs::read_to_string(cache_file(&cache_key))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| fail(&format!("no cached SSO token; run `aws sso login --profile {}`", profile)));
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    if parse_time(&token.expires_at).map_or(true, |exp| exp <= now + 60) {
        fail(&format!("SSO token expired; run `aws sso login --profile {}`", profile));
    }

    let url = format!(
        "https://portal.sso.{}.amazonaws.com/federation/credentials?role_name={}&account_id={}",
        region, role, account
    );
    let reply = match ureq::get(&url)
        .set("x-amz-sso_bearer_token", &token.access_token)
        .timeout(Duration::from_secs(15))
        .call()
    {
        Ok(r) => r,
        Err(e) => fail(&format!("GetRoleCredentials: {}", e)),
    };
    let resp: Response = match reply.into_json() {
        Ok(r) => r,
        Err(e) => fail(&format!("bad response: {}", e)),
    };
    let c = resp.role_credentials;
    let out = serde_json::json!({
        "Version": 1,
        "AccessKeyId": c.access_key_id,
        "SecretAccessKey": c.secret_access_key,
        "SessionToken": c.session_token,
        "Expiration": format_expiration(c.expiration / 1000),
    });
    println!("{}", out);
}

fn format_expiration(secs: u64) -> String {
    let days = (secs / 86_400) as i64 + 719_468;
    let era = days / 146_097;
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    let rem = secs % 86_400;
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
}
