use serde::Deserialize;

#[derive(Deserialize)]
struct Resp {
    #[serde(rename = "crate")]
    krate: Info,
}

#[derive(Deserialize)]
pub struct Info {
    pub name: String,
    pub max_stable_version: Option<String>,
    pub recent_downloads: Option<u64>,
    pub downloads: u64,
}

const UA: &str = concat!("xbar-crates/", env!("CARGO_PKG_VERSION"), " (https://github.com/xbar-crates/xbar-crates)");

pub fn info(name: &str) -> Option<Info> {
    ureq::get(&format!("https://crates.io/api/v1/crates/{name}"))
        .set("User-Agent", UA)
        .call()
        .ok()?
        .into_json::<Resp>()
        .ok()
        .map(|r| r.krate)
}
