use aws_credential_types::Credentials;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Serialize, Deserialize)]
struct Cached {
    access_key_id: String,
    secret_access_key: String,
    session_token: String,
    expiration: u64,
}

fn path(profile: &str) -> Option<PathBuf> {
    Some(dirs::home_dir()?.join(".aws/cli/cache").join(format!("mfa-{profile}.json")))
}

pub fn read(profile: &str) -> Option<Credentials> {
    let c: Cached = serde_json::from_slice(&std::fs::read(path(profile)?).ok()?).ok()?;
    Some(Credentials::new(c.access_key_id, c.secret_access_key, Some(c.session_token), Some(UNIX_EPOCH + Duration::from_secs(c.expiration)), "aws-mfa-cache"))
}

pub fn write(profile: &str, c: &Credentials) {
    let Some(p) = path(profile) else { return };
    let cached = Cached {
        access_key_id: c.access_key_id().to_string(),
        secret_access_key: c.secret_access_key().to_string(),
        session_token: c.session_token().unwrap_or_default().to_string(),
        expiration: c.expiry().unwrap_or(SystemTime::now()).duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
    };
    let _ = std::fs::create_dir_all(p.parent().unwrap());
    let _ = std::fs::write(&p, serde_json::to_vec(&cached).unwrap_or_default());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600));
    }
}
