//! Where each tool keeps its token.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::PathBuf;

use crate::Registry;

fn home() -> Option<PathBuf> {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from)
}

fn first_env(names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| env::var(n).ok().filter(|v| !v.is_empty()))
}

fn cargo(home: &PathBuf) -> Option<String> {
    let dir = env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".cargo"));
    for name in ["credentials.toml", "credentials"] {
        if let Ok(s) = fs::read_to_string(dir.join(name)) {
            let v: toml::Value = toml::from_str(&s).ok()?;
            return v.get("registry")?.get("token")?.as_str().map(String::from);
        }
    }
    None
}

fn npm(home: &PathBuf) -> Option<String> {
    let s = fs::read_to_string(home.join(".npmrc")).ok()?;
    s.lines().find_map(|l| l.split_once(":_authToken=").map(|(_, t)| t.trim().to_string()))
}

fn pypi(home: &PathBuf) -> Option<String> {
    let s = fs::read_to_string(home.join(".pypirc")).ok()?;
    s.lines().find_map(|l| l.trim().strip_prefix("password").map(|r| r.trim_start_matches([' ', '=', ':']).trim().to_string()))
}

fn docker(home: &PathBuf) -> Option<String> {
    let s = fs::read_to_string(home.join(".docker").join("config.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&s).ok()?;
    let auths = v.get("auths")?.as_object()?;
    auths.values().find_map(|a| a.get("auth").and_then(|x| x.as_str()).map(String::from))
}

fn github(home: &PathBuf) -> Option<String> {
    let s = fs::read_to_string(home.join(".config").join("gh").join("hosts.yml")).ok()?;
    let v: serde_yaml::Value = serde_yaml::from_str(&s).ok()?;
    v.get("github.com")?.get("oauth_token")?.as_str().map(String::from)
}

pub(crate) fn collect() -> BTreeMap<Registry, String> {
    let mut m = BTreeMap::new();
    let h = home().unwrap_or_default();
    let found = [
        (Registry::CratesIo, first_env(&["CARGO_REGISTRY_TOKEN"]).or_else(|| cargo(&h))),
        (Registry::Npm, first_env(&["NPM_TOKEN", "NODE_AUTH_TOKEN"]).or_else(|| npm(&h))),
        (Registry::PyPi, first_env(&["TWINE_PASSWORD", "PYPI_TOKEN"]).or_else(|| pypi(&h))),
        (Registry::DockerHub, first_env(&["DOCKER_PASSWORD", "DOCKERHUB_TOKEN"]).or_else(|| docker(&h))),
        (Registry::GitHub, first_env(&["GH_TOKEN", "GITHUB_TOKEN"]).or_else(|| github(&h))),
    ];
    for (r, t) in found {
        if let Some(t) = t {
            m.insert(r, t);
        }
    }
    m
}
