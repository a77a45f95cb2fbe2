//! The browser_extensions_ext table.

use crate::ids::is_extension_id;
use crate::profiles::{self, Profile};
use osquery_rust_ng::plugin::{ColumnDef, ColumnOptions, ColumnType, ReadOnlyTable};
use osquery_rust_ng::{ExtensionPluginRequest, ExtensionResponse, ExtensionStatus};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct BrowserExtensions;

const COLS: &[&str] = &["uid", "user", "browser", "profile", "identifier", "name", "version", "permissions", "from_webstore", "install_source", "enabled"];

fn rows_for(p: &Profile) -> Vec<BTreeMap<String, String>> {
    let prefs: serde_json::Value = std::fs::read(p.dir.join("Preferences")).ok()
        .and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    let settings = &prefs["extensions"]["settings"];
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(p.dir.join("Extensions")) else { return out };
    for e in rd.flatten() {
        let id = e.file_name().to_string_lossy().into_owned();
        if !is_extension_id(&id) { continue; }
        let Some(ver_dir) = std::fs::read_dir(e.path()).ok().and_then(|r| r.flatten().map(|v| v.path()).max()) else { continue };
        let manifest: serde_json::Value = std::fs::read(ver_dir.join("manifest.json")).ok()
            .and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        let s = &settings[&id];
        let mut row = BTreeMap::new();
        row.insert("uid".into(), p.uid.clone());
        row.insert("user".into(), p.user.clone());
        row.insert("browser".into(), p.browser.into());
        row.insert("profile".into(), p.name.clone());
        row.insert("identifier".into(), id.clone());
        row.insert("name".into(), manifest["name"].as_str().unwrap_or("").into());
        row.insert("version".into(), manifest["version"].as_str().unwrap_or("").into());
        row.insert("permissions".into(), manifest["permissions"].to_string());
        row.insert("from_webstore".into(), s["from_webstore"].as_bool().unwrap_or(false).to_string());
        row.insert("install_source".into(), s["location"].to_string());
        row.insert("enabled".into(), (s["state"].as_i64().unwrap_or(1) == 1).to_string());
        out.push(row);
    }
    out
}

impl ReadOnlyTable for BrowserExtensions {
    fn name(&self) -> String { "browser_extensions_ext".into() }

    fn columns(&self) -> Vec<ColumnDef> {
        COLS.iter().map(|c| ColumnDef::new(c, ColumnType::Text, ColumnOptions::DEFAULT)).collect()
    }

    fn generate(&self, _req: ExtensionPluginRequest) -> ExtensionResponse {
        let profiles = profiles::all();
        let rows: Vec<_> = profiles.iter().flat_map(rows_for).collect();
        crate::sync::after_generate(&profiles);
        ExtensionResponse::new(ExtensionStatus::default(), rows)
    }

    fn shutdown(&self) {}
}
