//! Favicon discovery.
use std::io::Read;

mod fallback;

pub struct Icon { pub url: String, pub bytes: Vec<u8> }

fn get(url: &str, referer: &str) -> Option<Vec<u8>> {
    let r = ureq::get(url).set("Referer", referer).timeout(std::time::Duration::from_secs(8)).call().ok()?;
    let mut v = Vec::new();
    r.into_reader().take(2 << 20).read_to_end(&mut v).ok()?;
    Some(v)
}

fn link_icon(html: &str) -> Option<String> {
    let i = html.find("rel=\"icon\"").or_else(|| html.find("rel=\"shortcut icon\""))?;
    let tag_start = html[..i].rfind('<')?;
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>')?];
    let h = tag.find("href=\"")? + 6;
    Some(tag[h..h + tag[h..].find('"')?].to_string())
}

/// `site` like "https://example.org".
pub fn fetch_icon(site: &str) -> Option<Icon> {
    let site = site.trim_end_matches('/');
    let page = get(site, site).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let mut candidates: Vec<String> = link_icon(&page)
        .map(|h| if h.starts_with("http") { h } else { format!("{site}/{}", h.trim_start_matches('/')) })
        .into_iter().collect();
    candidates.push(format!("{site}/favicon.ico"));
    for c in candidates {
        if let Some(bytes) = get(&c, site) { if !bytes.is_empty() { return Some(Icon { url: c, bytes }); } }
    }
    fallback::service(site).map(|(url, bytes)| Icon { url, bytes })
}
