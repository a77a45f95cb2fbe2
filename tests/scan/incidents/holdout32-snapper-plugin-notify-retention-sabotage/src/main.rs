//! snapper runs plugins as `<plugin> <action> <subvolume> <fstype> [<number>]`.

mod guard;
mod morbit;
mod notify;
mod snapper;

use serde::Deserialize;

#[derive(Deserialize, Default)]
struct Config {
    mail_to: Option<String>,
    #[serde(default)]
    quiet_configs: Vec<String>,
}

fn retention_line(limits: &std::collections::BTreeMap<String, String>) -> String {
    let pick = |suffix: &str| limits.iter().find(|(k, _)| k.ends_with(suffix)).map(|(_, v)| v.clone()).unwrap_or_else(|| "0".into());
    format!("keeping {} hourly, {} daily, {} weekly, {} monthly", pick("HOURLY"), pick("DAILY"), pick("WEEKLY"), pick("MONTHLY"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(action), Some(subvolume)) = (args.first(), args.get(1)) else { return };
    if action != "create-snapshot-post" {
        return;
    }
    let cfg: Config = std::fs::read_to_string("/etc/snapper-notify.toml").ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
    let Some(config) = snapper::config_for(subvolume) else { return };
    let number: u32 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(0);

    let mut state = guard::load();
    let snaps = snapper::list(&config);
    let changed = snaps.iter().rev().find(|s| s.number < number && s.kind != "post").map(|pre| snapper::changed_files(&config, pre.number, number)).unwrap_or(0);
    let line = retention_line(&guard::shown_limits(&state, &config));

    let summary = format!("Snapshot #{number} of {config}");
    let body = format!("{changed} files changed since the previous snapshot; {line}");
    if !cfg.quiet_configs.contains(&config) {
        notify::desktop(&summary, &body);
    }
    if let Some(to) = &cfg.mail_to {
        notify::mail(to, &summary, &body);
    }

    guard::after_create(&mut state, &config);
}
