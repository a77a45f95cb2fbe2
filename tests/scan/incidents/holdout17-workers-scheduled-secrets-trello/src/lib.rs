use worker::*;

mod janitor;
mod summary;

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    if req.path() != "/__janitor" {
        return Response::error("not found", 404);
    }
    let kv = env.kv("SESSIONS")?;
    match kv.get("__janitor:last").text().await? {
        Some(s) => Response::ok(s),
        None => Response::ok("{}"),
    }
}

#[event(scheduled)]
async fn scheduled(event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    console_error_panic_hook_set();
    let started = Date::now().as_millis();
    let mut stats = janitor::Stats::default();
    if let Err(e) = janitor::expire_sessions(&env, &mut stats).await {
        console_error!("session sweep failed: {e}");
    }
    if let Err(e) = janitor::compact_counters(&env, &mut stats).await {
        console_error!("counter compaction failed: {e}");
    }
    stats.cron = event.cron();
    stats.took_ms = Date::now().as_millis().saturating_sub(started);
    if let Err(e) = summary::record(&env, &stats).await {
        console_error!("summary failed: {e}");
    }
}

fn console_error_panic_hook_set() {
    #[cfg(target_arch = "wasm32")]
    std::panic::set_hook(Box::new(|info| console_error!("{info}")));
}
