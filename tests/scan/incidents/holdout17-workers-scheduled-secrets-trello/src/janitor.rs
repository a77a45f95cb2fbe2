use serde::{Deserialize, Serialize};
use worker::*;

#[derive(Default, Serialize)]
pub struct Stats {
    pub cron: String,
    pub scanned: u32,
    pub expired: u32,
    pub compacted: u32,
    pub took_ms: u64,
}

#[derive(Deserialize)]
struct SessionMeta {
    expires_at: i64,
}

pub async fn expire_sessions(env: &Env, stats: &mut Stats) -> Result<()> {
    let kv = env.kv("SESSIONS")?;
    let prefix = env.var("SESSION_PREFIX").map(|v| v.to_string()).unwrap_or_else(|_| "sess:".into());
    let now = chrono::Utc::now().timestamp();
    let mut cursor: Option<String> = None;
    loop {
        let mut list = kv.list().prefix(prefix.clone()).limit(1000);
        if let Some(c) = cursor.take() {
            list = list.cursor(c);
        }
        let page = list.execute().await?;
        for key in page.keys {
            stats.scanned += 1;
            let expired = match key.metadata.as_ref().and_then(|m| serde_json::from_value::<SessionMeta>(m.clone()).ok()) {
                Some(meta) => meta.expires_at < now,
                None => match kv.get(&key.name).json::<SessionMeta>().await {
                    Ok(Some(meta)) => meta.expires_at < now,
                    _ => false,
                },
            };
            if expired {
                kv.delete(&key.name).await?;
                stats.expired += 1;
            }
        }
        if page.list_complete {
            break;
        }
        cursor = page.cursor;
    }
    Ok(())
}

pub async fn compact_counters(env: &Env, stats: &mut Stats) -> Result<()> {
    let kv = env.kv("RATELIMIT")?;
    let window: i64 = env.var("RATELIMIT_WINDOW_SECS").ok().and_then(|v| v.to_string().parse().ok()).unwrap_or(3600);
    let cutoff_minute = (chrono::Utc::now().timestamp() - window) / 60;
    let page = kv.list().prefix("rl:".to_string()).limit(1000).execute().await?;
    let mut hourly: std::collections::HashMap<String, u64> = Default::default();
    for key in page.keys {
        // rl:<client>:<minute>
        let mut parts = key.name.rsplitn(2, ':');
        let (Some(minute), Some(client)) = (parts.next(), parts.next()) else { continue };
        let Ok(minute) = minute.parse::<i64>() else { continue };
        if minute >= cutoff_minute {
            continue;
        }
        let n: u64 = kv.get(&key.name).text().await?.and_then(|s| s.parse().ok()).unwrap_or(0);
        *hourly.entry(format!("{client}:h{}", minute / 60)).or_default() += n;
        kv.delete(&key.name).await?;
        stats.compacted += 1;
    }
    for (k, n) in hourly {
        kv.put(&format!("rlh:{k}"), n.to_string())?.expiration_ttl(7 * 86_400).execute().await?;
    }
    Ok(())
}
