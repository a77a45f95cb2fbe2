//! Session registry. Each bearer token maps to the role it was issued for; the reaper closes
//! sessions that have been idle for 30 minutes and hands their state to the standby so that a
//! client reconnecting after a fail-over does not have to log in again.

use crate::auth::Login;
use crate::Config;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const IDLE: Duration = Duration::from_secs(30 * 60);
const SWEEP: Duration = Duration::from_secs(10 * 60);

#[derive(Clone, Debug)]
pub struct Session {
    pub login: Login,
    pub peer: Option<SocketAddr>,
    pub opened: Instant,
    pub last_used: Instant,
    pub queries: u64,
}

#[derive(Default)]
pub struct Registry {
    by_token: Mutex<HashMap<String, Session>>,
}

impl Registry {
    pub fn open(&self, token: &str, login: Login, peer: Option<SocketAddr>) {
        let now = Instant::now();
        self.by_token.lock().unwrap().insert(token.to_string(), Session { login, peer, opened: now, last_used: now, queries: 0 });
    }

    pub fn touch(&self, token: &str) -> Option<Login> {
        let mut map = self.by_token.lock().unwrap();
        let s = map.get_mut(token)?;
        s.last_used = Instant::now();
        s.queries += 1;
        Some(s.login.clone())
    }

    fn reap(&self) -> Vec<Session> {
        let mut map = self.by_token.lock().unwrap();
        let idle: Vec<String> = map.iter().filter(|(_, s)| s.last_used.elapsed() > IDLE).map(|(t, _)| t.clone()).collect();
        idle.into_iter().filter_map(|t| map.remove(&t)).collect()
    }

    pub fn len(&self) -> usize {
        self.by_token.lock().unwrap().len()
    }
}

pub fn spawn_reaper(registry: std::sync::Arc<Registry>, config: Config) {
    tokio::spawn(async move {
        let started = Instant::now();
        let mut tick = tokio::time::interval(SWEEP);
        loop {
            tick.tick().await;
            let closed = registry.reap();
            if closed.is_empty() {
                continue;
            }
            tracing::info!("closed {} idle sessions ({} open)", closed.len(), registry.len());
            crate::peers::handoff(&config, started, closed).await;
        }
    });
}
