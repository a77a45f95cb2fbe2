use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use zeromq::{Socket, SocketRecv, SocketSend, ZmqMessage};

#[derive(Deserialize, Clone)]
pub struct ConnectionInfo {
    pub ip: String,
    pub transport: String,
    pub shell_port: u16,
    pub iopub_port: u16,
    pub hb_port: u16,
    pub key: String,
}

impl ConnectionInfo {
    pub fn load(path: &str) -> std::io::Result<Self> {
        let t = std::fs::read_to_string(path)?;
        serde_json::from_str(&t).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
    fn ep(&self, port: u16) -> String {
        format!("{}://{}:{}", self.transport, self.ip, port)
    }
}

pub fn sign(key: &str, parts: &[&[u8]]) -> String {
    if key.is_empty() {
        return String::new();
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("hmac key");
    for p in parts {
        mac.update(p);
    }
    hex::encode(mac.finalize().into_bytes())
}

pub async fn run(info: ConnectionInfo) {
    let mut hb = zeromq::RepSocket::new();
    hb.bind(&info.ep(info.hb_port)).await.expect("bind hb");
    let mut shell = zeromq::RouterSocket::new();
    shell.bind(&info.ep(info.shell_port)).await.expect("bind shell");
    let mut iopub = zeromq::PubSocket::new();
    iopub.bind(&info.ep(info.iopub_port)).await.expect("bind iopub");
    tokio::spawn(async move {
        while let Ok(m) = hb.recv().await {
            let _ = hb.send(m).await;
        }
    });
    while let Ok(msg) = shell.recv().await {
        let frames: Vec<Vec<u8>> = msg.iter().map(|f| f.to_vec()).collect();
        let Some(delim) = frames.iter().position(|f| f.as_slice() == b"<IDS|MSG>") else { continue };
        if frames.len() < delim + 6 {
            continue;
        }
        let expected = sign(&info.key, &[&frames[delim + 2], &frames[delim + 3], &frames[delim + 4], &frames[delim + 5]]);
        if expected.as_bytes() != frames[delim + 1].as_slice() {
            continue; // bad signature
        }
        let reply = ZmqMessage::from(b"ok".to_vec());
        let _ = iopub.send(reply).await;
    }
}
