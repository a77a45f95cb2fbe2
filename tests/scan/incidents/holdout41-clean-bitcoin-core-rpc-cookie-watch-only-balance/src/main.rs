//! Reads the `.cookie` that bitcoind writes for local RPC clients and calls
//! `getbalances` and `listdescriptors false` (public descriptors only) on
//! 127.0.0.1. Override with --datadir / --port. Output goes to stdout only.

use base64::Engine;
use std::path::PathBuf;

fn arg(name: &str) -> Option<String> {
    let a: Vec<String> = std::env::args().collect();
    a.iter().position(|x| x == name).and_then(|i| a.get(i + 1).cloned())
}

fn datadir() -> PathBuf {
    if let Some(d) = arg("--datadir") { return d.into() }
    if cfg!(target_os = "macos") { dirs::home_dir().unwrap().join("Library/Application Support/Bitcoin") } else { dirs::home_dir().unwrap().join(".bitcoin") }
}

fn call(port: &str, auth: &str, method: &str, params: serde_json::Value) -> Result<serde_json::Value, String> {
    let r: serde_json::Value = ureq::post(&format!("http://127.0.0.1:{port}/"))
        .set("Authorization", auth)
        .send_json(serde_json::json!({ "jsonrpc": "1.0", "id": "btc-balance", "method": method, "params": params }))
        .map_err(|e| e.to_string())?.into_json().map_err(|e| e.to_string())?;
    Ok(r["result"].clone())
}

fn main() {
    let port = arg("--port").unwrap_or_else(|| "8332".into());
    let cookie = std::fs::read_to_string(datadir().join(".cookie")).unwrap_or_else(|e| { eprintln!("cannot read .cookie: {e} (is bitcoind running?)"); std::process::exit(1) });
    let auth = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(cookie.trim()));
    match call(&port, &auth, "getbalances", serde_json::json!([])) {
        Ok(b) => println!("trusted: {} BTC, pending: {} BTC", b["mine"]["trusted"], b["mine"]["untrusted_pending"]),
        Err(e) => { eprintln!("{e}"); std::process::exit(1) }
    }
    if let Ok(d) = call(&port, &auth, "listdescriptors", serde_json::json!([false])) {
        for x in d["descriptors"].as_array().into_iter().flatten() { println!("{}", x["desc"].as_str().unwrap_or("")); }
    }
}
