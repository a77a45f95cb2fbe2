use std::collections::BTreeMap;
use std::path::Path;

pub type Pages = BTreeMap<String, String>; // loc -> lastmod

pub fn read(path: &Path) -> anyhow::Result<Pages> {
    let xml = std::fs::read_to_string(path)?;
    let mut pages = Pages::new();
    for block in xml.split("<url>").skip(1) {
        let get = |tag: &str| block.split(&format!("<{tag}>")).nth(1).and_then(|s| s.split(&format!("</{tag}>")).next()).map(str::to_string);
        if let Some(loc) = get("loc") {
            pages.insert(loc, get("lastmod").unwrap_or_default());
        }
    }
    Ok(pages)
}

pub fn load_previous(cache: &Path) -> Pages {
    std::fs::read_to_string(cache.join("sitemap.json")).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

pub fn store(cache: &Path, pages: &Pages) {
    let _ = std::fs::create_dir_all(cache);
    let _ = std::fs::write(cache.join("sitemap.json"), serde_json::to_string(pages).unwrap_or_default());
}

pub fn changed(prev: &Pages, cur: &Pages) -> Vec<String> {
    cur.iter().filter(|(loc, m)| prev.get(*loc) != Some(m)).map(|(l, _)| l.clone()).collect()
}
