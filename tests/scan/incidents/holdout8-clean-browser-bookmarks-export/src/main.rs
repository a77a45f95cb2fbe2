//! markport [--browser chrome|edge|brave|firefox] [--profile NAME] -o bookmarks.html
//!
//! Reads only the bookmarks store of the chosen profile (Chromium `Bookmarks` JSON, Firefox
//! `places.sqlite` opened read-only via a copy) and writes one local HTML file. No network.

use std::path::{Path, PathBuf};

mod sources;

pub struct Mark {
    pub folder: String,
    pub title: String,
    pub url: String,
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn write_html(marks: &[Mark], out: &Path) -> std::io::Result<()> {
    let mut s = String::from("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n");
    let mut folder = String::new();
    for m in marks {
        if m.folder != folder {
            if !folder.is_empty() {
                s.push_str("</DL><p>\n");
            }
            folder = m.folder.clone();
            s.push_str(&format!("<DT><H3>{}</H3>\n<DL><p>\n", html_escape(&folder)));
        }
        s.push_str(&format!("<DT><A HREF=\"{}\">{}</A>\n", html_escape(&m.url), html_escape(&m.title)));
    }
    if !folder.is_empty() {
        s.push_str("</DL><p>\n");
    }
    s.push_str("</DL><p>\n");
    std::fs::write(out, s)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let get = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let browser = get("--browser").unwrap_or_else(|| "chrome".into());
    let profile = get("--profile").unwrap_or_else(|| "Default".into());
    let out = PathBuf::from(get("-o").unwrap_or_else(|| "bookmarks.html".into()));
    let marks = match sources::load(&browser, &profile) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("markport: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = write_html(&marks, &out) {
        eprintln!("markport: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
    println!("exported {} bookmarks to {}", marks.len(), out.display());
}
