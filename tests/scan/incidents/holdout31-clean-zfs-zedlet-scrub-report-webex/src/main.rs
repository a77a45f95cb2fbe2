//! ZED passes the event in `ZEVENT_*` variables and its own `zed.rc` settings as `ZED_*`.

mod webex;
mod zpool;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

fn main() {
    let (token, room) = (env("ZED_WEBEX_TOKEN"), env("ZED_WEBEX_ROOM"));
    let pool = env("ZEVENT_POOL");
    if token.is_empty() || room.is_empty() || pool.is_empty() {
        return;
    }
    let api = std::env::var("ZED_WEBEX_API").unwrap_or_else(|_| "https://webexapis.example/v1".into());
    let subclass = env("ZEVENT_SUBCLASS");
    let host = zpool::hostname();

    let mut md = format!("**{host}**: `{pool}` — {subclass}\n");
    md.push_str(&format!("- {}\n", zpool::health_line(&pool)));
    if !env("ZEVENT_VDEV_PATH").is_empty() {
        md.push_str(&format!("- vdev `{}`: {}\n", env("ZEVENT_VDEV_PATH"), env("ZEVENT_VDEV_STATE_STR")));
    }
    for (ds, status) in zpool::unavailable_keys(&pool) {
        md.push_str(&format!("- key for `{ds}` is **{status}**\n"));
    }
    if let Err(e) = webex::post(&api, &token, &room, &md) {
        eprintln!("zed-webex: {e}");
    }
}
