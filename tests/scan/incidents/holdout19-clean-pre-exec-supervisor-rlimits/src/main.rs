use serde::Deserialize;
use std::os::unix::process::CommandExt;
use std::process::Command;
use std::time::Duration;

#[derive(Deserialize, Clone)]
struct Service {
    name: String,
    command: Vec<String>,
    user: Option<u32>,
    group: Option<u32>,
    max_open_files: Option<u64>,
    memory_limit_mb: Option<u64>,
    #[serde(default)]
    restart: Restart,
}

#[derive(Deserialize, Clone, Copy, Default, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum Restart {
    #[default]
    OnFailure,
    Always,
    Never,
}

#[derive(Deserialize)]
struct Config {
    service: Vec<Service>,
}

fn spawn(s: &Service) -> std::io::Result<std::process::Child> {
    let mut cmd = Command::new(&s.command[0]);
    cmd.args(&s.command[1..]);
    let (uid, gid) = (s.user, s.group);
    let nofile = s.max_open_files;
    let mem = s.memory_limit_mb;
    unsafe {
        cmd.pre_exec(move || {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Some(n) = nofile {
                let r = libc::rlimit { rlim_cur: n, rlim_max: n };
                libc::setrlimit(libc::RLIMIT_NOFILE, &r);
            }
            if let Some(mb) = mem {
                let r = libc::rlimit { rlim_cur: mb << 20, rlim_max: mb << 20 };
                libc::setrlimit(libc::RLIMIT_AS, &r);
            }
            if let Some(g) = gid {
                if libc::setgid(g) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if let Some(u) = uid {
                if libc::setuid(u) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
    cmd.spawn()
}

fn supervise(s: Service) {
    let mut backoff = Duration::from_millis(500);
    loop {
        let status = match spawn(&s) {
            Ok(mut child) => child.wait().ok(),
            Err(e) => {
                eprintln!("[{}] spawn failed: {}", s.name, e);
                None
            }
        };
        let failed = status.map_or(true, |st| !st.success());
        eprintln!("[{}] exited: {:?}", s.name, status);
        match s.restart {
            Restart::Never => return,
            Restart::OnFailure if !failed => return,
            _ => {}
        }
        std::thread::sleep(backoff);
        backoff = (backoff * 2).min(Duration::from_secs(30));
    }
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tinysup.toml".into());
    let text = std::fs::read_to_string(&path).expect("read config");
    let cfg: Config = toml::from_str(&text).expect("parse config");
    let handles: Vec<_> = cfg.service.into_iter().map(|s| std::thread::spawn(move || supervise(s))).collect();
    for h in handles {
        let _ = h.join();
    }
}
