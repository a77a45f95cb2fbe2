//! Fetches dependency charts from the repositories named in Chart.yaml.

use base64::Engine;
use serde::Deserialize;
use std::io::Read;
use std::path::Path;

#[derive(Deserialize)]
struct Chart {
    #[serde(default)]
    dependencies: Vec<Dep>,
}

#[derive(Deserialize)]
struct Dep {
    name: String,
    version: String,
    repository: String,
}

#[derive(Deserialize)]
struct RepoFile {
    #[serde(default)]
    repositories: Vec<Repo>,
}

#[derive(Deserialize)]
struct Repo {
    url: String,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    password: Option<String>,
}

fn auth_for(url: &str) -> Option<String> {
    let path = std::env::var_os("HELM_REPOSITORY_CONFIG")?;
    let file: RepoFile = serde_yaml::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let repo = file.repositories.into_iter().find(|r| r.url.trim_end_matches('/') == url.trim_end_matches('/'))?;
    let (u, p) = (repo.username?, repo.password.unwrap_or_default());
    Some(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))))
}

fn get(url: &str, auth: Option<&str>) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut req = ureq::get(url);
    if let Some(a) = auth {
        req = req.set("Authorization", a);
    }
    let mut out = Vec::new();
    req.call()?.into_reader().take(50 << 20).read_to_end(&mut out)?;
    Ok(out)
}

pub fn dependency_values(chart: &Path) -> Result<Vec<(String, serde_yaml::Value)>, Box<dyn std::error::Error>> {
    let c: Chart = serde_yaml::from_str(&std::fs::read_to_string(chart.join("Chart.yaml"))?)?;
    let mut out = Vec::new();
    for d in c.dependencies.iter().filter(|d| d.repository.starts_with("https://")) {
        let repo = d.repository.trim_end_matches('/');
        let auth = auth_for(repo);
        let tgz = get(&format!("{repo}/{}-{}.tgz", d.name, d.version), auth.as_deref())?;
        let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(&tgz[..]));
        for entry in ar.entries()? {
            let mut e = entry?;
            if e.path()?.ends_with("values.yaml") && e.path()?.components().count() == 2 {
                let mut s = String::new();
                e.read_to_string(&mut s)?;
                out.push((d.name.clone(), serde_yaml::from_str(&s)?));
            }
        }
    }
    Ok(out)
}
