mod cache;
mod exif;
mod fixtures;
mod immich;
mod ingest;
mod net;
mod watch;

use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize, Default)]
pub struct Config {
    library: Option<String>,
    pub immich_url: Option<String>,
    pub immich_api_key: Option<String>,
}

impl Config {
    pub fn library(&self) -> PathBuf {
        let home = dirs::home_dir().unwrap_or_default();
        match &self.library {
            Some(l) => PathBuf::from(l.replacen('~', &home.to_string_lossy(), 1)),
            None => dirs::picture_dir().unwrap_or_else(|| home.join("Pictures")),
        }
    }
}

fn load() -> Config {
    let p = dirs::config_dir().unwrap_or_default().join("dcim-ingest/config.toml");
    std::fs::read_to_string(p).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
}

fn notify(summary: &ingest::Summary, card: &std::path::Path) {
    let top = summary.histogram.iter().enumerate().max_by_key(|(_, n)| **n).filter(|(_, n)| **n > 0).map(|(b, _)| {
        format!(", mostly {} s at f/{}", exif::SHUTTER[b >> 4], exif::APERTURE[b & 15])
    });
    let body = format!("{} new, {} already imported{}", summary.copied, summary.duplicates, top.unwrap_or_default());
    let _ = std::process::Command::new("notify-send").arg(format!("Imported {}", card.display())).arg(body).status();
}

fn main() {
    let cfg = load();
    let res = watch::run(|mount| {
        cache::on_mount(&mount);
        let summary = ingest::import(&mount.path, &cfg);
        if summary.copied + summary.duplicates > 0 {
            notify(&summary, &mount.path);
        }
    });
    if let Err(e) = res {
        eprintln!("dcim-ingest: udisks2: {e}");
    }
}
