use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Mutex;

static LOG: Mutex<Option<File>> = Mutex::new(None);
static OBJECTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn init() {
    let Ok(path) = std::env::var("LDWATCH_LOG") else { return };
    if let Ok(f) = OpenOptions::new().create(true).append(true).open(path) {
        if let Ok(mut g) = LOG.lock() {
            *g = Some(f);
        }
    }
}

pub fn line(s: &str) {
    if let Ok(mut g) = LOG.lock() {
        if let Some(f) = g.as_mut() {
            let _ = writeln!(f, "[{}] {s}", std::process::id());
        }
    }
}

pub fn remember_object(name: &str) -> usize {
    let mut v = OBJECTS.lock().unwrap();
    v.push(name.rsplit('/').next().unwrap_or(name).to_string());
    v.len()
}

pub fn object_name(cookie: usize) -> String {
    let v = OBJECTS.lock().unwrap();
    cookie.checked_sub(1).and_then(|i| v.get(i)).cloned().filter(|s| !s.is_empty()).unwrap_or_else(|| "<main>".into())
}

pub fn enabled_for(cookie: usize) -> bool {
    if LOG.lock().map(|g| g.is_none()).unwrap_or(true) {
        return false;
    }
    match std::env::var("LDWATCH_ONLY") {
        Ok(only) => {
            let name = object_name(cookie);
            only.split(',').any(|o| name.contains(o))
        }
        Err(_) => true,
    }
}
