//! pt-spec environment and stdout messages.

use std::io::Write;

pub struct Env {
    pub transports: Vec<String>,
    pub proxy: Option<String>,
}

impl Env {
    pub fn read() -> Result<Env, String> {
        let versions = std::env::var("TOR_PT_MANAGED_TRANSPORT_VER").map_err(|_| "not launched by tor".to_string())?;
        if !versions.split(',').any(|v| v == "1") {
            say("VERSION-ERROR no-version");
            return Err("no supported version".into());
        }
        say("VERSION 1");
        let transports = std::env::var("TOR_PT_CLIENT_TRANSPORTS").map_err(|_| "no client transports".to_string())?;
        let proxy = std::env::var("TOR_PT_PROXY").ok().filter(|p| p.starts_with("socks5://"));
        Ok(Env { transports: transports.split(',').map(str::to_string).collect(), proxy })
    }
}

pub fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

pub fn log(msg: &str) {
    say(&format!("LOG SEVERITY=warning MESSAGE=\"{}\"", msg.replace('"', "'")));
}

pub fn exit_on_stdin_close() {
    if std::env::var("TOR_PT_EXIT_ON_STDIN_CLOSE").as_deref() != Ok("1") {
        return;
    }
    std::thread::spawn(|| {
        let mut b = [0u8; 16];
        while let Ok(n) = std::io::Read::read(&mut std::io::stdin(), &mut b) {
            if n == 0 {
                break;
            }
        }
        std::process::exit(0);
    });
}
