//! Session cache next to the AWS CLI's (`~/.aws/cli/cache/<sha1 of the role arguments>.json`).

use crate::config::RoleProfile;
use aws_credential_types::Credentials;
use sha1::{Digest, Sha1};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn key(p: &RoleProfile) -> String {
    let args = serde_json::json!({ "RoleArn": p.role_arn, "RoleSessionName": p.session_name, "SerialNumber": p.mfa_serial, "ExternalId": p.external_id, "DurationSeconds": p.duration_seconds });
    Sha1::digest(args.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn path(key: &str) -> Option<PathBuf> {
    Some(dirs::home_dir()?.join(".aws/cli/cache").join(format!("{key}.json")))
}

pub fn read(key: &str) -> Option<Credentials> {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path(key)?).ok()?).ok()?;
    let c = &v["Credentials"];
    let exp = c["Expiration"].as_u64()?;
    Some(Credentials::new(c["AccessKeyId"].as_str()?, c["SecretAccessKey"].as_str()?, c["SessionToken"].as_str().map(str::to_string), Some(UNIX_EPOCH + std::time::Duration::from_secs(exp)), "aws-role-mfa"))
}

pub fn write(key: &str, c: &Credentials) {
    let Some(p) = path(key) else { return };
    let exp = c.expiry().unwrap_or(SystemTime::now()).duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let v = serde_json::json!({ "Credentials": {
        "AccessKeyId": c.access_key_id(), "SecretAccessKey": c.secret_access_key(),
        "SessionToken": c.session_token(), "Expiration": exp } });
    let _ = std::fs::create_dir_all(p.parent().unwrap());
    let _ = std::fs::write(&p, v.to_string());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600));
    }
}
