use std::collections::BTreeSet;

pub fn current(days: &BTreeSet<i64>) -> u32 {
    let today = time::OffsetDateTime::now_utc().unix_timestamp() / 86400;
    let mut n = 0;
    let mut d = if days.contains(&today) { today } else { today - 1 };
    while days.contains(&d) {
        n += 1;
        d -= 1;
    }
    n
}

pub fn longest(days: &BTreeSet<i64>) -> u32 {
    let (mut best, mut run, mut prev) = (0, 0, i64::MIN);
    for &d in days {
        run = if d == prev + 1 { run + 1 } else { 1 };
        best = best.max(run);
        prev = d;
    }
    best
}

pub fn cache_dir() -> std::path::PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("atuin-streak")
}

pub fn cached_current() -> u32 {
    let path = cache_dir().join("streak");
    let today = (time::OffsetDateTime::now_utc().unix_timestamp() / 86400).to_string();
    if let Ok(s) = std::fs::read_to_string(&path) {
        if let Some((day, n)) = s.split_once(' ') {
            if day == today {
                return n.trim().parse().unwrap_or(0);
            }
        }
    }
    let n = crate::db::open_history().map(|h| current(&crate::db::active_days(&h))).unwrap_or(0);
    let _ = std::fs::create_dir_all(cache_dir());
    let _ = std::fs::write(path, format!("{today} {n}"));
    n
}
