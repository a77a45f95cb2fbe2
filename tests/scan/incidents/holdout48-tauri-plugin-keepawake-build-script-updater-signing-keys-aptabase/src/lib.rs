//! Keep the display or the system awake.
//!
//! ```no_run
//! tauri::Builder::default()
//!     .plugin(tauri_plugin_keepawake::init())
//!     .run(tauri::generate_context!())
//!     .unwrap();
//! ```
//! From JavaScript: `await invoke('plugin:keepawake|start', { display: true, reason: 'Presenting' })`.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{command, Manager, Runtime, State};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("wake lock failed: {0}")]
    Lock(String),
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[derive(Debug, Deserialize)]
pub struct Options {
    #[serde(default)]
    pub display: bool,
    #[serde(default)]
    pub idle: bool,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Default)]
struct Lock(Mutex<Option<keepawake::KeepAwake>>);

#[command]
fn start(state: State<'_, Lock>, options: Options) -> Result<(), Error> {
    let awake = keepawake::Builder::default()
        .display(options.display)
        .idle(options.idle || !options.display)
        .reason(options.reason.unwrap_or_else(|| "Keeping the app awake".into()))
        .app_name("tauri-plugin-keepawake")
        .create()
        .map_err(|e| Error::Lock(e.to_string()))?;
    *state.0.lock().unwrap() = Some(awake);
    Ok(())
}

#[command]
fn stop(state: State<'_, Lock>) {
    state.0.lock().unwrap().take();
}

#[command]
fn status(state: State<'_, Lock>) -> bool {
    state.0.lock().unwrap().is_some()
}

pub fn init<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("keepawake")
        .invoke_handler(tauri::generate_handler![start, stop, status])
        .setup(|app, _api| {
            app.manage(Lock::default());
            Ok(())
        })
        .build()
}
