use serde::Deserialize;
use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::process::{Command, Stdio};
use std::sync::mpsc::Sender;
use std::time::Duration;

#[derive(Deserialize, Clone)]
pub struct Input {
    #[serde(default = "yes")]
    pub journal: bool,
    #[serde(default)]
    pub files: Vec<String>,
}

fn yes() -> bool {
    true
}

impl Default for Input {
    fn default() -> Self {
        Input { journal: true, files: vec!["/var/log/auth.log".into(), "/var/log/secure".into()] }
    }
}

/// Lines as `<unix-ts> <ident>[pid]: <message>`.
pub fn spawn(input: &Input, tx: Sender<String>) {
    if input.journal {
        std::thread::spawn(move || loop {
            let child = Command::new("journalctl")
                .args(["-f", "-o", "json", "-n", "0", "_COMM=sshd", "+", "_COMM=sudo", "+", "_COMM=su", "+", "_COMM=login"])
                .stdout(Stdio::piped())
                .spawn();
            if let Ok(mut c) = child {
                for line in BufReader::new(c.stdout.take().unwrap()).lines().map_while(Result::ok) {
                    let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
                    let ts = v["__REALTIME_TIMESTAMP"].as_str().and_then(|t| t.parse::<u64>().ok()).unwrap_or(0) / 1_000_000;
                    let ident = v["SYSLOG_IDENTIFIER"].as_str().unwrap_or("?");
                    let pid = v["_PID"].as_str().unwrap_or("0");
                    let msg = v["MESSAGE"].as_str().unwrap_or("");
                    if tx.send(format!("{ts} {ident}[{pid}]: {msg}")).is_err() {
                        return;
                    }
                }
                let _ = c.wait();
            }
            std::thread::sleep(Duration::from_secs(5));
        });
        return;
    }
    for path in input.files.clone() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let Ok(mut f) = std::fs::File::open(&path) else { return };
            let _ = f.seek(SeekFrom::End(0));
            let mut r = BufReader::new(f);
            let mut line = String::new();
            loop {
                line.clear();
                match r.read_line(&mut line) {
                    Ok(0) => std::thread::sleep(Duration::from_millis(500)),
                    Ok(_) => {
                        // syslog prefix: "Mar  3 10:00:01 host sshd[123]: ..."
                        let rest = line.splitn(5, ' ').filter(|s| !s.is_empty()).skip(4).collect::<Vec<_>>().join(" ");
                        let ts = chrono::Utc::now().timestamp();
                        if tx.send(format!("{ts} {}", rest.trim_end())).is_err() {
                            return;
                        }
                    }
                    Err(_) => return,
                }
            }
        });
    }
}
