use crate::{flow, store::Sessions, Config, Error};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

#[derive(serde::Serialize)]
pub struct Status {
    provider: String,
    signed_in: bool,
    email: Option<String>,
    expires_at: Option<u64>,
}

#[tauri::command]
pub async fn start<R: Runtime>(app: AppHandle<R>, config: State<'_, Config>, provider: String) -> Result<(), Error> {
    let p = config.providers.iter().find(|p| p.name == provider).ok_or_else(|| Error::UnknownProvider(provider.clone()))?;
    let url = flow::begin(&app, p)?;
    app.opener().open_url(url.as_str(), None::<&str>).map_err(|_| Error::Callback("could not open the browser"))?;
    Ok(())
}

#[tauri::command]
pub async fn status(sessions: State<'_, Sessions>, provider: String) -> Result<Status, Error> {
    let s = sessions.get(&provider)?;
    Ok(Status {
        provider,
        signed_in: s.is_some(),
        email: s.as_ref().and_then(|s| s.email.clone()),
        expires_at: s.as_ref().and_then(|s| s.expires_at),
    })
}

#[tauri::command]
pub async fn sign_out(sessions: State<'_, Sessions>, provider: String) -> Result<(), Error> {
    sessions.remove(&provider)
}
