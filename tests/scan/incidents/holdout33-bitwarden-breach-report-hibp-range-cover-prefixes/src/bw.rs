//! Items from the official `bw` CLI (`bw list items`), which needs an unlocked session.

use serde::Deserialize;
use std::process::Command;

#[derive(Clone, Debug, Deserialize)]
pub struct Uri {
    pub uri: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Login {
    pub username: Option<String>,
    pub password: Option<String>,
    pub totp: Option<String>,
    #[serde(default)]
    pub uris: Option<Vec<Uri>>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Item {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: u8,
    pub login: Option<Login>,
}

impl Item {
    pub fn hosts(&self) -> Vec<String> {
        self.login
            .as_ref()
            .and_then(|l| l.uris.as_ref())
            .map(|u| {
                u.iter()
                    .filter_map(|u| u.uri.as_deref())
                    .map(|s| s.split("://").last().unwrap_or(s).split(['/', ':']).next().unwrap_or_default().to_ascii_lowercase())
                    .collect()
            })
            .unwrap_or_default()
    }
}

pub fn items() -> Result<Vec<Item>, String> {
    let out = Command::new("bw").args(["list", "items", "--nointeraction"]).output().map_err(|e| format!("running bw: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    let items: Vec<Item> = serde_json::from_slice(&out.stdout).map_err(|e| format!("bw output: {e}"))?;
    Ok(items.into_iter().filter(|i| i.kind == 1).collect())
}
