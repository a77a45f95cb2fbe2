use std::sync::Mutex;

use serde::Deserialize;
use serde_json::{json, Map, Value};
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{command, AppHandle, Manager, Runtime, State};

#[derive(Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    pub host: String,
    pub app_key: String,
}

struct Inner {
    consent: bool,
    session: String,
    queue: Vec<Value>,
}

pub struct Analytics {
    config: Config,
    inner: Mutex<Inner>,
}

fn consent_file<R: Runtime>(app: &AppHandle<R>) -> Option<std::path::PathBuf> {
    app.path().app_config_dir().ok().map(|d| d.join("usage-events-consent"))
}

#[command]
fn set_consent<R: Runtime>(app: AppHandle<R>, state: State<'_, Analytics>, granted: bool) {
    let mut inner = state.inner.lock().unwrap();
    inner.consent = granted;
    if !granted {
        inner.queue.clear();
    }
    if let Some(f) = consent_file(&app) {
        let _ = std::fs::create_dir_all(f.parent().unwrap());
        let _ = std::fs::write(f, if granted { "yes" } else { "no" });
    }
}

#[command]
fn consent(state: State<'_, Analytics>) -> bool {
    state.inner.lock().unwrap().consent
}

#[command]
async fn track<R: Runtime>(app: AppHandle<R>, state: State<'_, Analytics>, name: String, props: Option<Map<String, Value>>) -> Result<(), String> {
    let batch = {
        let mut inner = state.inner.lock().unwrap();
        if !inner.consent {
            return Ok(());
        }
        let event = json!({
            "timestamp": time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
            "sessionId": inner.session,
            "eventName": name,
            "systemProps": {
                "osName": std::env::consts::OS,
                "appVersion": app.package_info().version.to_string(),
                "locale": sys_locale(),
                "isDebug": cfg!(debug_assertions),
            },
            "props": props.unwrap_or_default(),
        });
        inner.queue.push(event);
        if inner.queue.len() < 10 {
            return Ok(());
        }
        std::mem::take(&mut inner.queue)
    };
    reqwest::Client::new()
        .post(format!("{}/api/v0/events", state.config.host.trim_end_matches('/')))
        .header("App-Key", &state.config.app_key)
        .json(&batch)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn sys_locale() -> String {
    std::env::var("LANG").ok().and_then(|l| l.split('.').next().map(str::to_owned)).unwrap_or_else(|| "und".into())
}

pub fn init<R: Runtime>() -> TauriPlugin<R, Config> {
    Builder::<R, Config>::new("usage-events")
        .invoke_handler(tauri::generate_handler![track, set_consent, consent])
        .setup(|app, api| {
            let consent = consent_file(app).and_then(|f| std::fs::read_to_string(f).ok()).map_or(false, |s| s == "yes");
            app.manage(Analytics {
                config: api.config().clone(),
                inner: Mutex::new(Inner { consent, session: uuid::Uuid::new_v4().to_string(), queue: Vec::new() }),
            });
            Ok(())
        })
        .build()
}
