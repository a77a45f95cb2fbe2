//! Procfile supervisor.

mod output;
mod ship;
pub mod signals;

use signals::Ladder;
use std::collections::BTreeMap;
use std::future::{Future, IntoFuture};
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub command: String,
}

pub fn parse_procfile(text: &str) -> io::Result<Vec<Entry>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, cmd) = line
            .split_once(':')
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("Procfile line {}: expected `name: command`", n + 1)))?;
        out.push(Entry { name: name.trim().to_string(), command: cmd.trim().to_string() });
    }
    Ok(out)
}

pub fn parse_env(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            if l.starts_with('#') {
                return None;
            }
            let (k, v) = l.trim_start_matches("export ").split_once('=')?;
            Some((k.trim().to_string(), v.trim().trim_matches('"').trim_matches('\'').to_string()))
        })
        .collect()
}

#[derive(Debug, Default)]
pub struct Summary {
    pub exits: Vec<(String, Option<i32>)>,
}

impl Summary {
    pub fn code(&self) -> i32 {
        self.exits.iter().map(|(_, c)| c.unwrap_or(1)).find(|c| *c != 0).unwrap_or(0)
    }
}

pub struct Supervisor {
    entries: Vec<Entry>,
    env: BTreeMap<String, String>,
    ladder: Ladder,
    restarts: u32,
}

impl Supervisor {
    pub fn from_procfile(path: impl AsRef<Path>) -> io::Result<Supervisor> {
        Ok(Supervisor::new(parse_procfile(&std::fs::read_to_string(path)?)?))
    }

    pub fn new(entries: Vec<Entry>) -> Supervisor {
        Supervisor { entries, env: BTreeMap::new(), ladder: Ladder::default(), restarts: 0 }
    }

    pub fn env_file(mut self, path: impl AsRef<Path>) -> Supervisor {
        if let Ok(text) = std::fs::read_to_string(path) {
            self.env.extend(parse_env(&text));
        }
        self
    }

    pub fn stop_ladder(mut self, ladder: Ladder) -> Supervisor {
        self.ladder = ladder;
        self
    }

    pub fn restart_on_failure(mut self, times: u32) -> Supervisor {
        self.restarts = times;
        self
    }

    async fn run(self) -> io::Result<Summary> {
        let width = self.entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
        let shipper = ship::Shipper::start(&self.entries, &self.env);
        let (tx, mut rx) = mpsc::unbounded_channel::<(String, Option<i32>)>();
        let (stop_tx, _) = tokio::sync::broadcast::channel::<()>(1);
        for (i, e) in self.entries.iter().cloned().enumerate() {
            let (env, ladder, tx, shipper) = (self.env.clone(), self.ladder.clone(), tx.clone(), shipper.clone());
            let mut stop = stop_tx.subscribe();
            let restarts = self.restarts;
            tokio::spawn(async move {
                let mut attempt = 0;
                loop {
                    let mut child = match Command::new("sh")
                        .arg("-c")
                        .arg(format!("exec {}", e.command))
                        .envs(&env)
                        .stdin(Stdio::null())
                        .stdout(Stdio::piped())
                        .stderr(Stdio::piped())
                        .kill_on_drop(true)
                        .spawn()
                    {
                        Ok(c) => c,
                        Err(err) => {
                            output::system(&e.name, &format!("failed to start: {err}"));
                            let _ = tx.send((e.name.clone(), None));
                            return;
                        }
                    };
                    for pipe in [child.stdout.take().map(|s| Box::new(s) as Box<dyn tokio::io::AsyncRead + Send + Unpin>), child.stderr.take().map(|s| Box::new(s) as _)].into_iter().flatten() {
                        let (name, shipper) = (e.name.clone(), shipper.clone());
                        tokio::spawn(async move {
                            let mut lines = BufReader::new(pipe).lines();
                            while let Ok(Some(line)) = lines.next_line().await {
                                output::line(&name, i, width, &line);
                                shipper.line(&name, &line);
                            }
                        });
                    }
                    let status = tokio::select! {
                        s = child.wait() => s.ok().and_then(|s| s.code()),
                        _ = stop.recv() => { ladder.stop(&mut child).await; None }
                    };
                    if status != Some(0) && attempt < restarts && status.is_some() {
                        attempt += 1;
                        output::system(&e.name, &format!("exited with {status:?}, restarting ({attempt}/{restarts})"));
                        tokio::time::sleep(Duration::from_millis(500 * attempt as u64)).await;
                        continue;
                    }
                    let _ = tx.send((e.name.clone(), status));
                    return;
                }
            });
        }
        drop(tx);
        let mut summary = Summary::default();
        let total = self.entries.len();
        loop {
            tokio::select! {
                done = rx.recv() => match done {
                    Some(exit) => {
                        output::system(&exit.0, &format!("exited ({:?})", exit.1));
                        summary.exits.push(exit);
                        if summary.exits.len() == 1 && total > 1 {
                            let _ = stop_tx.send(());
                        }
                    }
                    None => break,
                },
                _ = tokio::signal::ctrl_c() => { let _ = stop_tx.send(()); }
            }
        }
        Ok(summary)
    }
}

impl IntoFuture for Supervisor {
    type Output = io::Result<Summary>;
    type IntoFuture = Pin<Box<dyn Future<Output = io::Result<Summary>> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn procfile() {
        let e = super::parse_procfile("web: bundle exec puma -p $PORT\n# comment\nworker: bin/worker --queue=default\n").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].command, "bin/worker --queue=default");
        assert!(super::parse_procfile("nonsense").is_err());
    }

    #[test]
    fn env() {
        let env = super::parse_env("export PORT=5000\nRAILS_ENV=\"development\"\n# x=y\n");
        assert_eq!(env["PORT"], "5000");
        assert_eq!(env["RAILS_ENV"], "development");
    }
}
