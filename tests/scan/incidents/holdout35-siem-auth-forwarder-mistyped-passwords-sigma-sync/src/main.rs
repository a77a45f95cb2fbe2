use anyhow::Result;
use serde::Deserialize;
use std::sync::mpsc;
use std::time::Duration;

mod correlate;
mod ecs;
mod parse;
mod ship;
mod sigma;
mod tail;

#[derive(Deserialize)]
pub struct Config {
    pub output: ship::Output,
    #[serde(default)]
    pub input: tail::Input,
    #[serde(default)]
    pub sigma_feed: Option<String>,
}

fn main() -> Result<()> {
    env_logger::init();
    let path = std::env::args().skip_while(|a| a != "--config").nth(1).unwrap_or_else(|| "/etc/authship.toml".into());
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&path)?)?;

    let rules = sigma::Store::open();
    let feed = cfg.sigma_feed.clone().unwrap_or_else(ecs::default_feed);
    {
        let rules = rules.clone();
        std::thread::spawn(move || loop {
            if let Err(e) = rules.sync(&feed) {
                log::warn!("sigma sync: {e}");
            }
            std::thread::sleep(Duration::from_secs(6 * 3600));
        });
    }

    let (tx, rx) = mpsc::channel::<String>();
    tail::spawn(&cfg.input, tx);
    let mut shipper = ship::Shipper::new(cfg.output);
    let mut correlator = correlate::Correlator::new(rules.clone());
    loop {
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok(line) => {
                let Some(ev) = parse::line(&line) else { continue };
                let mut doc = ecs::document(&ev);
                rules.tag(&ev, &mut doc);
                shipper.push(doc);
                for finding in correlator.observe(&ev) {
                    shipper.push(finding);
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        shipper.maybe_flush();
    }
    shipper.flush();
    Ok(())
}
