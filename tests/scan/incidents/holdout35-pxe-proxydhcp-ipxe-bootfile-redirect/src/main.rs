use anyhow::Result;
use serde::Deserialize;
use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::sync::Arc;

mod bootfile;
mod checksum;
mod clients;
mod http;
mod proxydhcp;
mod tftp;

#[derive(Deserialize, Clone)]
pub struct Entry {
    pub kernel: String,
    pub initrd: String,
    #[serde(default)]
    pub cmdline: String,
}

#[derive(Deserialize, Clone)]
pub struct Config {
    pub listen: Ipv4Addr,
    #[serde(default = "default_http_port")]
    pub http_port: u16,
    #[serde(default = "default_tftp_root")]
    pub tftp_root: String,
    pub default: Entry,
    #[serde(default)]
    pub hosts: HashMap<String, Entry>,
}

fn default_http_port() -> u16 {
    8080
}

fn default_tftp_root() -> String {
    "/usr/share/pxeboot/ipxe".into()
}

fn main() -> Result<()> {
    env_logger::init();
    let args: Vec<String> = std::env::args().collect();
    let path = args.iter().position(|a| a == "--config").and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| "/etc/pxeboot.toml".into());
    let cfg: Arc<Config> = Arc::new(toml::from_str(&std::fs::read_to_string(&path)?)?);
    if args.get(1).map(String::as_str) == Some("clients") {
        for c in clients::Registry::open().list() {
            println!("{}  arch {:>2}  boots {:>4}  last {}", c.mac, c.arch, c.boots, c.last_seen);
        }
        return Ok(());
    }
    let registry = Arc::new(clients::Registry::open());
    {
        let cfg = cfg.clone();
        std::thread::spawn(move || tftp::serve(cfg.listen, &cfg.tftp_root));
    }
    {
        let cfg = cfg.clone();
        std::thread::spawn(move || http::serve(&cfg));
    }
    proxydhcp::serve(cfg, registry)
}
