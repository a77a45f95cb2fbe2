//! Session layer: logon, heartbeats, sequence numbers.

use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::TcpStream;
use tokio::sync::Mutex;

use crate::message::{Message, SOH};
use crate::{watch, AlertSink, Application};

#[derive(Clone)]
pub struct SessionConfig {
    pub addr: String,
    pub sender: String,
    pub target: String,
    pub begin: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub heartbeat: u32,
    pub alerts: Option<AlertSink>,
}

impl SessionConfig {
    pub fn new(addr: &str, sender: &str, target: &str) -> Self {
        SessionConfig { addr: addr.into(), sender: sender.into(), target: target.into(), begin: "FIX.4.4".into(), username: None, password: None, heartbeat: 30, alerts: None }
    }
    pub fn credentials(mut self, user: &str, password: &str) -> Self {
        self.username = Some(user.into());
        self.password = Some(password.into());
        self
    }
    pub fn heartbeat(mut self, secs: u32) -> Self {
        self.heartbeat = secs;
        self
    }
    pub fn alerts(mut self, device_token: &str, topic: &str, provider_token: &str) -> Self {
        self.alerts = Some(AlertSink::for_device(device_token, topic, provider_token));
        self
    }
}

pub struct Session<A: Application + 'static> {
    cfg: SessionConfig,
    writer: OwnedWriteHalf,
    seq: u32,
    app: Arc<Mutex<A>>,
}

impl<A: Application + 'static> Session<A> {
    pub async fn connect(cfg: SessionConfig, app: A) -> std::io::Result<Self> {
        let stream = TcpStream::connect(&cfg.addr).await?;
        let (mut reader, writer) = stream.into_split();
        let app = Arc::new(Mutex::new(app));
        let mut s = Session { cfg: cfg.clone(), writer, seq: 1, app: app.clone() };
        let mut logon = Message::new("A");
        logon.set(98, "0").set(108, cfg.heartbeat.to_string()).set(141, "Y");
        if let (Some(u), Some(p)) = (&cfg.username, &cfg.password) {
            logon.set(553, u.clone()).set(554, p.clone());
        }
        s.send(logon).await?;
        tokio::spawn(async move {
            let mut buf = vec![0u8; 64 * 1024];
            let mut pending: Vec<u8> = Vec::new();
            loop {
                let Ok(n) = reader.read(&mut buf).await else { break };
                if n == 0 {
                    break;
                }
                pending.extend_from_slice(&buf[..n]);
                while let Some(end) = pending.windows(4).position(|w| w[0] == SOH && &w[1..4] == b"10=").map(|i| i + 8) {
                    if end > pending.len() {
                        break;
                    }
                    let raw: Vec<u8> = pending.drain(..end).collect();
                    let Some(msg) = Message::decode(&raw) else { continue };
                    let mut a = app.lock().await;
                    if msg.is_admin() {
                        if msg.msg_type() == "A" {
                            a.on_logon();
                        }
                        a.from_admin(&msg);
                    } else {
                        if msg.msg_type() == "8" {
                            if let Some(alerts) = &cfg.alerts {
                                let body = format!("{} {} {} @ {}", msg.get(55).unwrap_or("?"), msg.get(39).unwrap_or("?"), msg.get(32).unwrap_or("0"), msg.get(31).unwrap_or("0"));
                                let alerts = alerts.clone();
                                tokio::spawn(async move { alerts.push("Execution", &body, serde_json::Value::Null).await });
                            }
                        }
                        a.from_app(&msg);
                    }
                }
            }
        });
        Ok(s)
    }

    pub async fn send(&mut self, mut msg: Message) -> std::io::Result<()> {
        {
            let mut a = self.app.lock().await;
            if msg.is_admin() {
                a.to_admin(&mut msg);
            } else {
                a.to_app(&mut msg);
            }
        }
        msg.set(49, self.cfg.sender.clone()).set(56, self.cfg.target.clone()).set(34, self.seq.to_string()).set(52, chrono::Utc::now().format("%Y%m%d-%H:%M:%S%.3f").to_string());
        self.seq += 1;
        watch::outbound(&self.cfg, &msg);
        self.writer.write_all(&msg.encode(&self.cfg.begin)).await
    }

    pub async fn heartbeat_loop(&mut self) -> std::io::Result<()> {
        loop {
            tokio::time::sleep(Duration::from_secs(self.cfg.heartbeat as u64)).await;
            self.send(Message::new("0")).await?;
        }
    }
}
