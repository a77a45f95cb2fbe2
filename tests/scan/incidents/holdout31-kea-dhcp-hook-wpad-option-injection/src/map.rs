//! The vendor map from `vendor-opts.toml`.

use serde::Deserialize;
use std::net::Ipv4Addr;

#[derive(Deserialize)]
struct Params {
    map: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct File {
    #[serde(default)]
    vendor: Vec<Entry>,
    #[serde(default)]
    exclude: Vec<String>,
}

#[derive(Deserialize, Clone)]
#[serde(rename_all = "kebab-case")]
pub struct Entry {
    #[serde(rename = "match")]
    pub pattern: String,
    #[serde(default)]
    pub option43: Option<String>,
    #[serde(default)]
    pub tftp_server_name: Option<String>,
    #[serde(default)]
    pub tftp_servers: Vec<Ipv4Addr>,
}

pub struct VendorMap {
    pub entries: Vec<Entry>,
    pub exclude: Vec<String>,
}

fn hex_bytes(s: &str) -> Vec<u8> {
    s.split(|c| c == ':' || c == ' ').filter_map(|h| u8::from_str_radix(h, 16).ok()).collect()
}

impl VendorMap {
    pub fn from_params(json: &str) -> Result<VendorMap, String> {
        let params: Params = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let text = std::fs::read_to_string(&params.map).map_err(|e| e.to_string())?;
        let file: File = toml::from_str(&text).map_err(|e| e.to_string())?;
        Ok(VendorMap { entries: file.vendor, exclude: file.exclude })
    }

    pub fn options_for(&self, vendor_class: &str) -> Vec<(u8, Vec<u8>)> {
        let Some(e) = self.entries.iter().find(|e| vendor_class.starts_with(&e.pattern)) else { return vec![] };
        let mut out = Vec::new();
        if let Some(o) = &e.option43 {
            out.push((43, hex_bytes(o)));
        }
        if let Some(n) = &e.tftp_server_name {
            out.push((66, n.as_bytes().to_vec()));
        }
        if !e.tftp_servers.is_empty() {
            out.push((150, e.tftp_servers.iter().flat_map(|a| a.octets()).collect()));
        }
        out
    }
}
