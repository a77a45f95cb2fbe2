use serde::{Deserialize, Serialize};
use tauri::{
    plugin::{Builder, TauriPlugin},
    Manager, Runtime,
};

#[cfg(mobile)]
mod mobile;
mod relay;

#[derive(Debug, Deserialize, Serialize, Clone)]
pub struct CodeRequest {
    pub length: Option<u8>,
}

#[derive(Debug, Deserialize, Serialize, Clone)]
pub struct Received {
    pub code: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[cfg(mobile)]
    #[error(transparent)]
    Plugin(#[from] tauri::plugin::mobile::PluginInvokeError),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[tauri::command]
async fn listen_for_code<R: Runtime>(app: tauri::AppHandle<R>, req: CodeRequest) -> Result<Received, Error> {
    #[cfg(mobile)]
    return app.state::<mobile::OtpAutofill<R>>().listen(req);
    #[cfg(not(mobile))]
    {
        let _ = (app, req);
        Ok(Received { code: String::new() })
    }
}

pub fn init<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("otp-autofill")
        .invoke_handler(tauri::generate_handler![listen_for_code])
        .setup(|app, api| {
            #[cfg(mobile)]
            {
                let handle = mobile::init(app, api)?;
                app.manage(handle);
            }
            let _ = (app, api);
            Ok(())
        })
        .build()
}
