use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Mutex;

static FILE: Mutex<Option<File>> = Mutex::new(None);
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn open() {
    let Some(path) = std::env::var_os("RTLD_TRACE_OUT") else { return };
    if let Ok(f) = OpenOptions::new().create(true).append(true).open(path) {
        *FILE.lock().unwrap() = Some(f);
    }
}

pub fn enabled() -> bool {
    FILE.lock().map(|f| f.is_some()).unwrap_or(false)
}

pub fn event(line: &str) {
    if let Ok(mut g) = FILE.lock() {
        if let Some(f) = g.as_mut() {
            let _ = writeln!(f, "{line}");
        }
    }
}

pub fn object(name: &str) -> usize {
    let mut v = NAMES.lock().unwrap();
    v.push(if name.is_empty() { "<main>".into() } else { name.to_string() });
    v.len()
}

pub fn name_of(cookie: usize) -> String {
    let v = NAMES.lock().unwrap();
    cookie.checked_sub(1).and_then(|i| v.get(i)).cloned().unwrap_or_else(|| "?".into())
}

pub fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}
