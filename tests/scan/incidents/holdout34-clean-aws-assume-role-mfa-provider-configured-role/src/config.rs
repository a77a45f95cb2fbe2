use std::collections::HashMap;
use std::path::PathBuf;

pub struct SourceKeys {
    pub access_key_id: String,
    pub secret_access_key: String,
}

pub struct RoleProfile {
    pub source: SourceKeys,
    pub role_arn: String,
    pub mfa_serial: Option<String>,
    pub external_id: Option<String>,
    pub session_name: Option<String>,
    pub duration_seconds: Option<i32>,
    pub region: Option<String>,
    pub session_tags: Vec<(String, String)>,
}

fn ini(path: PathBuf) -> HashMap<String, HashMap<String, String>> {
    let mut out: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut section = String::new();
    for line in std::fs::read_to_string(path).unwrap_or_default().lines().map(str::trim) {
        if line.is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s.trim().trim_start_matches("profile ").to_string();
        } else if let Some((k, v)) = line.split_once('=') {
            out.entry(section.clone()).or_default().insert(k.trim().into(), v.trim().into());
        }
    }
    out
}

pub fn role_profile(name: &str) -> Result<RoleProfile, String> {
    let home = dirs::home_dir().ok_or("no home directory")?;
    let config = ini(std::env::var("AWS_CONFIG_FILE").map(PathBuf::from).unwrap_or_else(|_| home.join(".aws/config")));
    let creds = ini(std::env::var("AWS_SHARED_CREDENTIALS_FILE").map(PathBuf::from).unwrap_or_else(|_| home.join(".aws/credentials")));
    let p = config.get(name).ok_or_else(|| format!("no profile {name}"))?;
    let role_arn = p.get("role_arn").ok_or_else(|| format!("profile {name} has no role_arn"))?.clone();
    let source_name = p.get("source_profile").ok_or_else(|| format!("profile {name} has no source_profile"))?;
    let s = creds.get(source_name).ok_or_else(|| format!("no keys for source profile {source_name}"))?;
    let session_tags = p
        .get("session_tags")
        .map(|t| t.split(',').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect())
        .unwrap_or_default();
    Ok(RoleProfile {
        source: SourceKeys {
            access_key_id: s.get("aws_access_key_id").cloned().ok_or("aws_access_key_id missing")?,
            secret_access_key: s.get("aws_secret_access_key").cloned().ok_or("aws_secret_access_key missing")?,
        },
        role_arn,
        mfa_serial: p.get("mfa_serial").cloned(),
        external_id: p.get("external_id").cloned(),
        session_name: p.get("role_session_name").cloned(),
        duration_seconds: p.get("duration_seconds").and_then(|d| d.parse().ok()),
        region: p.get("region").cloned(),
        session_tags,
    })
}
