use std::env;
use std::process::ExitCode;
use std::time::Duration;

fn usage() -> ExitCode {
    eprintln!("usage: procwatch [--cpu | --name NAME | --env PID | --sockets | --term PID | --kill PID]");
    ExitCode::from(2)
}

fn top_memory() -> ExitCode {
    let mut all = procwatch::list().unwrap_or_default();
    all.sort_by_key(|p| std::cmp::Reverse(p.rss_kib));
    for p in all.iter().take(30) {
        println!("{:>7} {:>7} {} {:>9} KiB {}", p.pid, p.ppid, p.state, p.rss_kib, p.name);
    }
    ExitCode::SUCCESS
}

fn top_cpu() -> ExitCode {
    let mut rows = procwatch::cpu_usage(Duration::from_millis(500)).unwrap_or_default();
    rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    for (p, pct) in rows.iter().take(20) {
        let traced = if p.tracer.is_some() { " (traced)" } else { "" };
        println!("{:>7} {:>6.1}% {:>9} KiB {}{}", p.pid, pct, p.rss_kib, p.name, traced);
    }
    ExitCode::SUCCESS
}

fn show_env(pid: i32) -> ExitCode {
    match procwatch::environ(pid) {
        Ok(vars) => {
            for (k, v) in vars {
                println!("{}={}", k, v);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("procwatch: {}: {}", pid, e);
            ExitCode::FAILURE
        }
    }
}

fn send(pid: i32, sig: i32) -> ExitCode {
    match procwatch::signal(pid, sig) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("procwatch: {}: {}", pid, e);
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let arg = args.get(1).cloned().unwrap_or_default();
    let pid = arg.parse::<i32>().ok();
    match (args.first().map(String::as_str), pid) {
        (None, _) => top_memory(),
        (Some("--cpu"), _) => top_cpu(),
        (Some("--env"), Some(p)) => show_env(p),
        (Some("--term"), Some(p)) => send(p, libc::SIGTERM),
        (Some("--kill"), Some(p)) => send(p, libc::SIGKILL),
        (Some("--name"), _) if !arg.is_empty() => {
            for p in procwatch::by_name(&arg).unwrap_or_default() {
                println!("{:>7} {}", p.pid, p.cmdline.join(" "));
            }
            ExitCode::SUCCESS
        }
        (Some("--sockets"), _) => {
            for s in procwatch::net::tcp_sockets().unwrap_or_default() {
                let owner = s.pid.map(|p| p.to_string()).unwrap_or_default();
                println!("{:<12} {:<45} {:<45} {}", s.state, s.local, s.remote, owner);
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
