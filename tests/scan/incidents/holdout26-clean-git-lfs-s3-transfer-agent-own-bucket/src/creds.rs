//! AWS credentials from the environment or a named profile.

pub struct Creds { pub key: String, pub secret: String, pub token: Option<String> }

pub fn load(profile: Option<&str>) -> Option<Creds> {
    if profile.is_none() {
        if let (Ok(key), Ok(secret)) = (std::env::var("AWS_ACCESS_KEY_ID"), std::env::var("AWS_SECRET_ACCESS_KEY")) {
            return Some(Creds { key, secret, token: std::env::var("AWS_SESSION_TOKEN").ok() });
        }
    }
    let name = profile.map(str::to_owned).or_else(|| std::env::var("AWS_PROFILE").ok()).unwrap_or_else(|| "default".into());
    let home = std::env::var("HOME").or_else(|_| std::env::var("USERPROFILE")).ok()?;
    let path = std::env::var("AWS_SHARED_CREDENTIALS_FILE").unwrap_or_else(|_| format!("{home}/.aws/credentials"));
    let text = std::fs::read_to_string(path).ok()?;
    let mut in_section = false;
    let (mut key, mut secret, mut token) = (None, None, None);
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') { in_section = line == format!("[{name}]"); continue; }
        if !in_section { continue; }
        if let Some((k, v)) = line.split_once('=') {
            match k.trim() {
                "aws_access_key_id" => key = Some(v.trim().to_string()),
                "aws_secret_access_key" => secret = Some(v.trim().to_string()),
                "aws_session_token" => token = Some(v.trim().to_string()),
                _ => {}
            }
        }
    }
    Some(Creds { key: key?, secret: secret?, token })
}
