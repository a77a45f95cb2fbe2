//! `Index::new("https://index.crates.io/")?.versions("serde")`
use serde::Deserialize;

#[derive(Deserialize, Debug)]
pub struct Entry { pub name: String, pub vers: String, pub cksum: String, #[serde(default)] pub yanked: bool }

#[derive(Deserialize)]
struct Config { dl: String, #[serde(rename = "auth-required", default)] auth_required: bool }

pub struct Index { base: String, cfg: Config, token: Option<String> }

/// Path of a crate's index file, as Cargo lays it out.
pub fn index_path(name: &str) -> String {
    let n = name.to_lowercase();
    match n.len() {
        1 => format!("1/{n}"),
        2 => format!("2/{n}"),
        3 => format!("3/{}/{n}", &n[..1]),
        _ => format!("{}/{}/{n}", &n[..2], &n[2..4]),
    }
}

impl Index {
    /// `registry` names the `[registries.<name>]` entry whose token (CARGO_REGISTRIES_<NAME>_TOKEN)
    /// is sent, and only if the index says `auth-required`.
    pub fn new(base: &str, registry: Option<&str>) -> Result<Index, ureq::Error> {
        let base = if base.ends_with('/') { base.to_string() } else { format!("{base}/") };
        let cfg: Config = ureq::get(&format!("{base}config.json")).call()?.into_json()?;
        let token = match (cfg.auth_required, registry) {
            (true, Some(r)) => std::env::var(format!("CARGO_REGISTRIES_{}_TOKEN", r.to_uppercase().replace('-', "_"))).ok(),
            _ => None,
        };
        Ok(Index { base, cfg, token })
    }
    pub fn versions(&self, name: &str) -> Result<Vec<Entry>, ureq::Error> {
        let mut req = ureq::get(&format!("{}{}", self.base, index_path(name)));
        if let Some(t) = &self.token { req = req.set("Authorization", t); }
        let body = req.call()?.into_string()?;
        Ok(body.lines().filter_map(|l| serde_json::from_str(l).ok()).collect())
    }
    pub fn download_url(&self, e: &Entry) -> String {
        self.cfg.dl.replace("{crate}", &e.name).replace("{version}", &e.vers)
    }
}
