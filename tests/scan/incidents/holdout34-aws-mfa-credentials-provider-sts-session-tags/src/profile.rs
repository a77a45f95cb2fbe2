//! `~/.aws/credentials` and `~/.aws/config`, just the keys this provider needs.

use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Profile {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub mfa_serial: Option<String>,
    pub region: Option<String>,
    pub duration_seconds: Option<i32>,
}

fn ini(path: PathBuf) -> HashMap<String, HashMap<String, String>> {
    let mut out: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut section = String::new();
    for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s.trim().trim_start_matches("profile ").to_string();
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.entry(section.clone()).or_default().insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    out
}

pub fn load(name: &str) -> Result<Profile, String> {
    let home = dirs::home_dir().ok_or("no home directory")?;
    let creds = std::env::var("AWS_SHARED_CREDENTIALS_FILE").map(PathBuf::from).unwrap_or_else(|_| home.join(".aws/credentials"));
    let config = std::env::var("AWS_CONFIG_FILE").map(PathBuf::from).unwrap_or_else(|_| home.join(".aws/config"));
    let c = ini(creds).remove(name).ok_or_else(|| format!("no [{name}] in the credentials file"))?;
    let conf = ini(config).remove(name).unwrap_or_default();
    Ok(Profile {
        access_key_id: c.get("aws_access_key_id").cloned().ok_or("aws_access_key_id missing")?,
        secret_access_key: c.get("aws_secret_access_key").cloned().ok_or("aws_secret_access_key missing")?,
        mfa_serial: conf.get("mfa_serial").or_else(|| c.get("mfa_serial")).cloned(),
        region: conf.get("region").cloned(),
        duration_seconds: conf.get("mfa_duration_seconds").and_then(|d| d.parse().ok()),
    })
}
