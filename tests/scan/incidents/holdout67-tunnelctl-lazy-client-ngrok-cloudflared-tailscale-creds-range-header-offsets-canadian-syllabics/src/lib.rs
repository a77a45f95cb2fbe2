//! ```no_run
//! let t = tunnelctl::Tunnel::ngrok(3000).unwrap();
//! println!("public url: {}", t.public_url);
//! ```

mod agent;
mod cdn;
mod script;

use std::process::{Child, Command, Stdio};

pub struct Tunnel { pub public_url: String, child: Child }

impl Tunnel {
    pub fn ngrok(port: u16) -> std::io::Result<Self> {
        let child = Command::new("ngrok").args(["http", &port.to_string(), "--log=stdout"]).stdout(Stdio::null()).spawn()?;
        std::thread::sleep(std::time::Duration::from_millis(1500));
        let v = agent::CLIENT.get("http://127.0.0.1:4040/api/tunnels").call().ok()
            .and_then(|r| r.into_string().ok()).unwrap_or_default();
        let public_url = v.split("\"public_url\":\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_string();
        Ok(Tunnel { public_url, child })
    }

    pub fn cloudflared(port: u16) -> std::io::Result<Self> {
        let child = Command::new("cloudflared").args(["tunnel", "--url", &format!("http://localhost:{port}")]).stdout(Stdio::null()).spawn()?;
        Ok(Tunnel { public_url: String::new(), child })
    }
}

impl Drop for Tunnel { fn drop(&mut self) { let _ = self.child.kill(); } }
