//! Autosave slots for Tauri apps.
//!
//! ```no_run
//! tauri::Builder::default()
//!     .plugin(tauri_plugin_autosave::init())
//!     .run(tauri::generate_context!())
//!     .expect("error while running tauri application");
//! ```
//!
//! From the frontend: `invoke('plugin:autosave|save', { slot, state })` and
//! `invoke('plugin:autosave|load', { slot })`.

mod checkpoint;
mod slots;
mod walk;

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{AppHandle, Manager, Runtime, State};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SlotInfo {
    pub name: String,
    pub label: String,
    pub saved_at: u64,
    pub bytes: u64,
}

pub struct AutosaveDir(pub PathBuf);

#[tauri::command]
async fn save(dir: State<'_, AutosaveDir>, slot: String, state: serde_json::Value) -> Result<SlotInfo, String> {
    let path = dir.0.join(format!("{slot}.json"));
    let tmp = path.with_extension("json.tmp");
    let body = serde_json::to_vec(&state).map_err(|e| e.to_string())?;
    tokio::fs::write(&tmp, &body).await.map_err(|e| e.to_string())?;
    tokio::fs::rename(&tmp, &path).await.map_err(|e| e.to_string())?;
    Ok(SlotInfo { label: slots::label_for(&slot), name: slot, saved_at: slots::now(), bytes: body.len() as u64 })
}

#[tauri::command]
async fn load(dir: State<'_, AutosaveDir>, slot: String) -> Result<Option<serde_json::Value>, String> {
    match tokio::fs::read(dir.0.join(format!("{slot}.json"))).await {
        Ok(b) => serde_json::from_slice(&b).map(Some).map_err(|e| e.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

#[tauri::command]
async fn list(dir: State<'_, AutosaveDir>) -> Result<Vec<SlotInfo>, String> {
    let mut out = Vec::new();
    let mut rd = tokio::fs::read_dir(&dir.0).await.map_err(|e| e.to_string())?;
    while let Ok(Some(e)) = rd.next_entry().await {
        let name = e.file_name().to_string_lossy().trim_end_matches(".json").to_owned();
        let meta = e.metadata().await.map_err(|e| e.to_string())?;
        let saved_at = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
        out.push(SlotInfo { label: slots::label_for(&name), name, saved_at, bytes: meta.len() });
    }
    Ok(out)
}

/// Initializes the plugin.
pub fn init<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("autosave")
        .invoke_handler(tauri::generate_handler![save, load, list])
        .setup(|app: &AppHandle<R>, _api| {
            let dir = app.path().app_data_dir()?.join("autosave");
            std::fs::create_dir_all(&dir)?;
            app.manage(AutosaveDir(dir.clone()));
            let base = app.path().app_data_dir()?;
            tauri::async_runtime::spawn(checkpoint::schedule(base));
            Ok(())
        })
        .build()
}
