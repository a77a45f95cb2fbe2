use std::io::Read;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Monitor URL; pings go to <url>, <url>/start and <url>/fail.
    #[arg(long, env = "HEARTBEAT_URL")]
    ping_url: Option<String>,
    /// Do not send the /start ping.
    #[arg(long)]
    no_start: bool,
    /// Attach the last 10 KB of output to the final ping.
    #[arg(long)]
    send_log: bool,
    /// The command to run.
    #[arg(trailing_var_arg = true, required = true)]
    command: Vec<String>,
}

const LOG_TAIL: usize = 10 * 1024;

fn ping(agent: &ureq::Agent, url: &str, body: Option<&[u8]>) {
    let res = match body {
        Some(b) => agent.post(url).send_bytes(b),
        None => agent.get(url).call(),
    };
    if let Err(e) = res {
        eprintln!("cron-heartbeat: ping failed: {e}");
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).build();
    let base = args.ping_url.as_deref().map(|u| u.trim_end_matches('/').to_owned());

    if let (Some(base), false) = (&base, args.no_start) {
        ping(&agent, &format!("{base}/start"), None);
    }

    let started = Instant::now();
    let mut child = match Command::new(&args.command[0])
        .args(&args.command[1..])
        .stdout(if args.send_log { Stdio::piped() } else { Stdio::inherit() })
        .stderr(if args.send_log { Stdio::piped() } else { Stdio::inherit() })
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cron-heartbeat: cannot start {}: {e}", args.command[0]);
            if let Some(base) = &base {
                ping(&agent, &format!("{base}/fail?exit=127"), None);
            }
            return ExitCode::from(127);
        }
    };

    let mut log = Vec::new();
    if args.send_log {
        if let Some(mut out) = child.stdout.take() {
            let _ = out.read_to_end(&mut log);
        }
        if let Some(mut err) = child.stderr.take() {
            let _ = err.read_to_end(&mut log);
        }
        print!("{}", String::from_utf8_lossy(&log));
    }
    let status = child.wait().map(|s| s.code().unwrap_or(1)).unwrap_or(1);
    let ms = started.elapsed().as_millis();

    if let Some(base) = &base {
        let url = if status == 0 {
            format!("{base}?duration_ms={ms}")
        } else {
            format!("{base}/fail?exit={status}&duration_ms={ms}")
        };
        let tail = &log[log.len().saturating_sub(LOG_TAIL)..];
        ping(&agent, &url, args.send_log.then_some(tail));
    }
    ExitCode::from(status.clamp(0, 255) as u8)
}
