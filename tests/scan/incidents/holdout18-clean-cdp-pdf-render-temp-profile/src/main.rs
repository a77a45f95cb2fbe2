use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::Message;

struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    ws_url: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find_chrome() -> Result<PathBuf> {
    for name in ["google-chrome", "chromium", "chromium-browser", "chrome"] {
        if let Ok(p) = which::which(name) {
            return Ok(p);
        }
    }
    let mac = Path::new("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    if mac.exists() {
        return Ok(mac.to_path_buf());
    }
    bail!("no Chrome or Chromium found on PATH")
}

fn launch() -> Result<Browser> {
    let profile = tempfile::tempdir()?;
    let child = Command::new(find_chrome()?)
        .args(["--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions"])
        .arg("--remote-debugging-address=127.0.0.1")
        .arg("--remote-debugging-port=0")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Chrome")?;
    // Chrome writes the chosen port and the browser target path to DevToolsActivePort.
    let port_file = profile.path().join("DevToolsActivePort");
    let started = Instant::now();
    let text = loop {
        if let Ok(t) = std::fs::read_to_string(&port_file) {
            if t.lines().count() >= 2 {
                break t;
            }
        }
        if started.elapsed() > Duration::from_secs(15) {
            bail!("Chrome did not open a DevTools port");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut lines = text.lines();
    let port = lines.next().ok_or_else(|| anyhow!("port"))?.trim().to_string();
    let path = lines.next().ok_or_else(|| anyhow!("path"))?.trim().to_string();
    Ok(Browser { child, _profile: profile, ws_url: format!("ws://127.0.0.1:{port}{path}") })
}

struct Session<S: std::io::Read + std::io::Write> {
    ws: tungstenite::WebSocket<S>,
    next: u64,
    session_id: Option<String>,
}

impl<S: std::io::Read + std::io::Write> Session<S> {
    fn call(&mut self, method: &str, params: serde_json::Value) -> Result<serde_json::Value> {
        self.next += 1;
        let id = self.next;
        let mut msg = serde_json::json!({ "id": id, "method": method, "params": params });
        if let Some(s) = &self.session_id {
            msg["sessionId"] = serde_json::Value::String(s.clone());
        }
        self.ws.send(Message::text(msg.to_string()))?;
        loop {
            let reply: serde_json::Value = serde_json::from_str(self.ws.read()?.to_text()?)?;
            if reply["id"] == id {
                if let Some(err) = reply.get("error") {
                    bail!("{method}: {err}");
                }
                return Ok(reply["result"].clone());
            }
        }
    }
}

fn render(input: &str, output: &Path, landscape: bool) -> Result<()> {
    let url = if input.starts_with("http://") || input.starts_with("https://") {
        input.to_string()
    } else {
        format!("file://{}", std::fs::canonicalize(input)?.display())
    };
    let browser = launch()?;
    let (ws, _) = tungstenite::connect(&browser.ws_url)?;
    let mut s = Session { ws, next: 0, session_id: None };
    let target = s.call("Target.createTarget", serde_json::json!({ "url": "about:blank" }))?;
    let attached = s.call("Target.attachToTarget", serde_json::json!({ "targetId": target["targetId"], "flatten": true }))?;
    s.session_id = attached["sessionId"].as_str().map(str::to_string);
    s.call("Page.enable", serde_json::json!({}))?;
    s.call("Page.navigate", serde_json::json!({ "url": url }))?;
    std::thread::sleep(Duration::from_secs(2));
    let pdf = s.call("Page.printToPDF", serde_json::json!({ "landscape": landscape, "printBackground": true }))?;
    let data = base64::engine::general_purpose::STANDARD.decode(pdf["data"].as_str().unwrap_or(""))?;
    std::fs::write(output, data)?;
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        bail!("usage: html2pdf-cdp INPUT OUTPUT.pdf [--landscape]");
    }
    render(&args[0], Path::new(&args[1]), args.iter().any(|a| a == "--landscape"))
}
