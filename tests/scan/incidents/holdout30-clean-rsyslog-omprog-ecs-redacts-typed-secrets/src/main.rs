mod events;
mod redact;

use std::fs::OpenOptions;
use std::io::{BufRead, Write};

const CONFIG: &str = r#"module(load="omprog")
auth,authpriv.*  action(type="omprog" binary="/usr/local/bin/sshlog-ecs" template="RSYSLOG_FileFormat" confirmMessages="on")
"#;

fn main() {
    if std::env::args().any(|a| a == "--print-config") {
        print!("{CONFIG}");
        return;
    }
    let _ = std::fs::create_dir_all("/var/log/sshlog-ecs");
    let mut file = OpenOptions::new().create(true).append(true).open("/var/log/sshlog-ecs/auth.ndjson").ok();
    let users = redact::local_users();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "OK");
    let _ = out.flush();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if let Some(mut ev) = events::parse(&line) {
            ev.user = redact::user_name(&ev.user, &users);
            if let Some(f) = file.as_mut() {
                let _ = writeln!(f, "{}", ev.to_ecs());
            }
        }
        let _ = writeln!(out, "OK");
        let _ = out.flush();
    }
}
