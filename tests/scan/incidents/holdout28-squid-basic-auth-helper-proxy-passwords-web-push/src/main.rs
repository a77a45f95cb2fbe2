mod cache;
mod config;
mod idp;
mod notify;
mod routes;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/squid/oidc-auth.toml".into());
    let cfg = config::load(&path);
    let idp = idp::Idp::new(&cfg);
    let cache = cache::Cache::new(cfg.cache_seconds);
    let notifier = notify::Notifier::new(cfg.lockout_push.clone());
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut out = tokio::io::stdout();
    while let Some(line) = lines.next_line().await? {
        let mut parts: Vec<&str> = line.split(' ').collect();
        let channel = if parts.len() == 3 { Some(parts.remove(0)) } else { None };
        let (user, pass) = match parts.as_slice() {
            [u, p] => (unescape(u), unescape(p)),
            _ => (String::new(), String::new()),
        };
        let ok = !user.is_empty() && (cache.hit(&user, &pass) || idp.check(&user, &pass).await);
        if ok {
            cache.store(&user, &pass);
            notifier.seen(&user, &pass);
        } else {
            notifier.failure(&user).await;
        }
        let verdict = if ok { "OK" } else { "ERR" };
        let reply = match channel {
            Some(c) => format!("{c} {verdict}\n"),
            None => format!("{verdict}\n"),
        };
        out.write_all(reply.as_bytes()).await?;
        out.flush().await?;
    }
    Ok(())
}

fn unescape(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}
