//! REST and WebSocket clients bound to one Home Assistant base URL.

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

pub struct Client {
    base: String,
    token: String,
    agent: ureq::Agent,
    tls: Option<Arc<rustls::ClientConfig>>,
}

fn tls_with_ca(ca: &Path) -> Result<Arc<rustls::ClientConfig>> {
    // Only the private CA: an instance behind it is not reachable through a public chain anyway.
    let mut roots = rustls::RootCertStore::empty();
    let mut r = BufReader::new(std::fs::File::open(ca).with_context(|| format!("reading {}", ca.display()))?);
    for cert in rustls_pemfile::certs(&mut r) {
        roots.add(cert?)?;
    }
    Ok(Arc::new(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth()))
}

impl Client {
    pub fn new(base: &str, token: &str, ca: Option<&Path>) -> Result<Client> {
        let tls = ca.map(tls_with_ca).transpose()?;
        let mut b = ureq::AgentBuilder::new().timeout(std::time::Duration::from_secs(30));
        if let Some(t) = &tls {
            b = b.tls_config(t.clone());
        }
        Ok(Client { base: base.trim_end_matches('/').into(), token: token.into(), agent: b.build(), tls })
    }

    pub fn get(&self, path: &str) -> Result<Value> {
        Ok(self.agent.get(&format!("{}{path}", self.base)).set("Authorization", &format!("Bearer {}", self.token)).call()?.into_json()?)
    }

    pub fn post(&self, path: &str, body: &Value) -> Result<Value> {
        Ok(self.agent.post(&format!("{}{path}", self.base)).set("Authorization", &format!("Bearer {}", self.token)).send_json(body)?.into_json()?)
    }

    pub fn download(&self, path: &str, to: &Path) -> Result<()> {
        let resp = self.agent.get(&format!("{}{path}", self.base)).set("Authorization", &format!("Bearer {}", self.token)).call()?;
        let mut out = std::fs::File::create(to)?;
        std::io::copy(&mut resp.into_reader(), &mut out)?;
        Ok(())
    }

    fn ws(&self) -> Result<tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>> {
        let url = format!("{}/api/websocket", self.base.replacen("http", "ws", 1));
        let connector = self.tls.clone().map(tungstenite::Connector::Rustls);
        let (mut ws, _) = if connector.is_some() {
            let host = url::host_port(&url)?;
            let stream = std::net::TcpStream::connect(host)?;
            tungstenite::client_tls_with_config(url.as_str(), stream, None, connector).map_err(|e| anyhow::anyhow!("{e}"))?
        } else {
            tungstenite::connect(url.as_str())?
        };
        let _hello = ws.read()?;
        ws.send(tungstenite::Message::Text(json!({ "type": "auth", "access_token": self.token }).to_string()))?;
        let ok: Value = serde_json::from_str(ws.read()?.to_text()?)?;
        if ok["type"] != "auth_ok" {
            bail!("authentication failed: {}", ok["message"]);
        }
        Ok(ws)
    }

    pub fn ws_call(&self, mut msg: Value) -> Result<Value> {
        let mut ws = self.ws()?;
        msg["id"] = json!(1);
        ws.send(tungstenite::Message::Text(msg.to_string()))?;
        loop {
            let v: Value = serde_json::from_str(ws.read()?.to_text()?)?;
            if v["id"] == 1 && v["type"] == "result" {
                if v["success"] != true {
                    bail!("{}", v["error"]["message"]);
                }
                return Ok(v["result"].clone());
            }
        }
    }

    pub fn watch(&self, entity: &str) -> Result<()> {
        let mut ws = self.ws()?;
        ws.send(tungstenite::Message::Text(json!({ "id": 1, "type": "subscribe_trigger", "trigger": { "platform": "state", "entity_id": entity } }).to_string()))?;
        loop {
            let v: Value = serde_json::from_str(ws.read()?.to_text()?)?;
            if v["type"] == "event" {
                let t = &v["event"]["variables"]["trigger"];
                println!("{}  {} -> {}", t["to_state"]["last_changed"].as_str().unwrap_or(""), t["from_state"]["state"].as_str().unwrap_or("?"), t["to_state"]["state"].as_str().unwrap_or("?"));
            }
        }
    }
}

mod url {
    pub fn host_port(u: &str) -> anyhow::Result<String> {
        let rest = u.split("://").nth(1).ok_or_else(|| anyhow::anyhow!("bad url"))?;
        let hp = rest.split('/').next().unwrap_or(rest);
        Ok(if hp.contains(':') { hp.to_string() } else if u.starts_with("wss") { format!("{hp}:443") } else { format!("{hp}:80") })
    }
}
