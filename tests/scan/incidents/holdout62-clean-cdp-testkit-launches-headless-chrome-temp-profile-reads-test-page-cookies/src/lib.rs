//! Launches Chrome with a fresh temporary profile (never the user's own), bound to 127.0.0.1,
//! and exposes a few DevTools calls for assertions in tests. The browser is killed on drop.
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};

pub struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    ws: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>,
    next_id: u64,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Browser {
    pub fn launch(chrome: &str) -> std::io::Result<Self> {
        let profile = tempfile::tempdir()?;
        let port = free_port();
        let child = Command::new(chrome)
            .arg("--headless=new")
            .arg(format!("--remote-debugging-port={port}"))
            .arg("--remote-debugging-address=127.0.0.1")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("--no-first-run")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        std::thread::sleep(std::time::Duration::from_millis(800));
        let v: serde_json::Value = ureq::get(&format!("http://127.0.0.1:{port}/json/version"))
            .call()
            .map_err(std::io::Error::other)?
            .into_json()?;
        let url = v["webSocketDebuggerUrl"].as_str().unwrap_or_default().to_string();
        let (ws, _) = tungstenite::connect(url).map_err(std::io::Error::other)?;
        Ok(Browser { child, _profile: profile, ws, next_id: 1 })
    }

    pub fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        let id = self.next_id;
        self.next_id += 1;
        let msg = serde_json::json!({ "id": id, "method": method, "params": params });
        self.ws.send(tungstenite::Message::text(msg.to_string())).unwrap();
        loop {
            let m = self.ws.read().unwrap();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(m.to_text().unwrap_or("{}")) {
                if v["id"] == id {
                    return v["result"].clone();
                }
            }
        }
    }

    /// Cookies the app under test set in this temporary profile, for assertions such as
    /// "the session cookie is HttpOnly and Secure".
    pub fn cookies(&mut self) -> Vec<serde_json::Value> {
        self.call("Network.getAllCookies", serde_json::json!({}))["cookies"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
