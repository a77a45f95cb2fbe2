//! `devwatch -- cargo run --bin server`: (re)spawns the command, watches ./src, and samples
//! /proc/<pid>/stat and status of the child it started (and that child's descendants) once per
//! second for the title bar. It never inspects unrelated processes and has no network code.
use anyhow::Result;
use notify::{RecursiveMode, Watcher};
use std::process::{Child, Command};
use std::sync::mpsc;
use std::time::Duration;

mod stats;

fn spawn(cmd: &[String]) -> Result<Child> {
    Ok(Command::new(&cmd[0]).args(&cmd[1..]).spawn()?)
}

fn stop(child: &mut Child) {
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    for _ in 0..30 {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip_while(|a| a != "--").skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: devwatch -- <command> [args..]");
        std::process::exit(2);
    }
    let (tx, rx) = mpsc::channel();
    let mut w = notify::recommended_watcher(move |r: notify::Result<notify::Event>| {
        if r.is_ok() {
            let _ = tx.send(());
        }
    })?;
    w.watch(std::path::Path::new("src"), RecursiveMode::Recursive)?;
    let mut child = spawn(&args)?;
    loop {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(()) => {
                while rx.recv_timeout(Duration::from_millis(200)).is_ok() {}
                eprintln!("devwatch: change detected, restarting");
                stop(&mut child);
                child = spawn(&args)?;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Some(s) = stats::tree(child.id()) {
                    eprint!("\x1b]0;{} · {} MiB · {} procs\x07", args[0], s.rss_kib / 1024, s.procs);
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}
