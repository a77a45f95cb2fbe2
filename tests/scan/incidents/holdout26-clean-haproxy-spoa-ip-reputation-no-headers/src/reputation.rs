//! Local CIDR lists with mtime-based reload.

use ipnet::IpNet;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::RwLock;
use std::time::SystemTime;

struct List { name: String, path: PathBuf, mtime: Option<SystemTime>, nets: Vec<IpNet> }

pub struct Reputation { lists: RwLock<Vec<List>> }

impl Reputation {
    pub fn new(paths: Vec<(String, PathBuf)>) -> Self {
        Reputation { lists: RwLock::new(paths.into_iter().map(|(name, path)| List { name, path, mtime: None, nets: Vec::new() }).collect()) }
    }

    pub fn reload_if_changed(&self) {
        let Ok(mut lists) = self.lists.write() else { return };
        for l in lists.iter_mut() {
            let m = std::fs::metadata(&l.path).and_then(|m| m.modified()).ok();
            if m.is_some() && m == l.mtime { continue; }
            let text = std::fs::read_to_string(&l.path).unwrap_or_default();
            l.nets = text.lines()
                .map(|x| x.split('#').next().unwrap_or("").trim())
                .filter(|x| !x.is_empty())
                .filter_map(|x| x.parse::<IpNet>().ok().or_else(|| x.parse::<IpAddr>().ok().map(IpNet::from)))
                .collect();
            l.mtime = m;
            tracing::info!(list = %l.name, entries = l.nets.len(), "list loaded");
        }
    }

    pub fn lookup(&self, ip: IpAddr) -> Option<String> {
        let lists = self.lists.read().ok()?;
        lists.iter().find(|l| l.nets.iter().any(|n| n.contains(&ip))).map(|l| l.name.clone())
    }
}
