//! Title fetching in a worker thread; results are printed from the timer/main thread.

use crate::colors::strip;
use regex::Regex;
use std::io::Read;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};
use weechat::Weechat;

struct Chan { tx: Sender<(String, String, String)>, rx: Mutex<Receiver<(String, String, String)>> }

fn chan() -> &'static Chan {
    static C: OnceLock<Chan> = OnceLock::new();
    C.get_or_init(|| { let (tx, rx) = channel(); Chan { tx, rx: Mutex::new(rx) } })
}

fn url_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"https?://[^\s<>\x02\x03\x0f]+").unwrap())
}

fn title(url: &str) -> Option<String> {
    let resp = ureq::get(url).timeout(std::time::Duration::from_secs(3)).call().ok()?;
    if !resp.content_type().contains("html") { return None; }
    let mut body = String::new();
    resp.into_reader().take(256 * 1024).read_to_string(&mut body).ok()?;
    let start = body.find("<title")?;
    let after = &body[start..];
    let open = after.find('>')? + 1;
    let close = after.find("</title>")?;
    Some(after[open..close].split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty())
}

pub fn on_privmsg(_weechat: &Weechat, server: &str, raw: &str) {
    let Some((_, text)) = raw.split_once(" :") else { return };
    let target = raw.split_whitespace().nth(2).unwrap_or("").to_string();
    if !target.starts_with('#') { return; }
    for m in url_re().find_iter(&strip(text)) {
        let (url, buffer) = (m.as_str().to_string(), format!("{server}.{target}"));
        let tx = chan().tx.clone();
        std::thread::spawn(move || {
            if let Some(t) = title(&url) {
                let host = url.split('/').nth(2).unwrap_or("").to_string();
                let _ = tx.send((buffer, t, host));
            }
        });
    }
}

pub fn drain(weechat: &Weechat) {
    let Ok(rx) = chan().rx.lock() else { return };
    while let Ok((buffer, title, host)) = rx.try_recv() {
        if let Some(buf) = weechat.buffer_search("irc", &buffer) {
            buf.print(&format!("\t\u{21b3} {title} ({host})"));
        }
    }
}
