//! pt-spec environment and stdout protocol.

use std::io::Write;
use std::path::PathBuf;

pub struct PtEnv {
    pub transports: Vec<String>,
    pub state_dir: PathBuf,
    pub proxy: Option<String>,
}

impl PtEnv {
    pub fn from_env() -> Result<Self, String> {
        let ver = std::env::var("TOR_PT_MANAGED_TRANSPORT_VER").map_err(|_| "not launched as a managed proxy".to_string())?;
        if !ver.split(',').any(|v| v == "1") {
            reply("VERSION-ERROR no-version");
            return Err("unsupported version".into());
        }
        reply("VERSION 1");
        let transports = std::env::var("TOR_PT_CLIENT_TRANSPORTS").map_err(|_| "no client transports".to_string())?;
        let state_dir = std::env::var_os("TOR_PT_STATE_LOCATION").map(PathBuf::from).ok_or("no state location")?;
        let _ = std::fs::create_dir_all(&state_dir);
        Ok(PtEnv {
            transports: transports.split(',').map(str::to_string).collect(),
            state_dir,
            proxy: std::env::var("TOR_PT_PROXY").ok(),
        })
    }
}

pub fn reply(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

pub fn log(msg: &str) {
    reply(&format!("LOG SEVERITY=notice MESSAGE=\"{}\"", msg.replace('"', "'")));
}

/// tor closes our stdin when it wants us to exit (TOR_PT_EXIT_ON_STDIN_CLOSE=1).
pub fn watch_stdin() {
    if std::env::var("TOR_PT_EXIT_ON_STDIN_CLOSE").as_deref() != Ok("1") {
        return;
    }
    std::thread::spawn(|| {
        let mut buf = [0u8; 64];
        while let Ok(n) = std::io::Read::read(&mut std::io::stdin(), &mut buf) {
            if n == 0 {
                break;
            }
        }
        std::process::exit(0);
    });
}
