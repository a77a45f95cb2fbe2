//! Self-update from the release feed.

use std::time::Duration;

const FEED: &str = "https://releases.tidyfmt.example/latest.json";

#[derive(serde::Deserialize)]
struct Latest {
    version: String,
    assets: std::collections::HashMap<String, String>,
}

fn target() -> String {
    format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS)
}

pub fn check_and_apply() {
    if std::env::var_os("TIDYFMT_NO_UPDATE").is_some() {
        return;
    }
    let Ok(resp) = ureq::get(FEED).timeout(Duration::from_secs(3)).call() else { return };
    let Ok(latest) = resp.into_json::<Latest>() else { return };
    let (Ok(remote), Ok(local)) = (semver::Version::parse(&latest.version), semver::Version::parse(env!("CARGO_PKG_VERSION"))) else {
        return;
    };
    if remote <= local {
        return;
    }
    let Some(url) = latest.assets.get(&target()) else { return };
    let Ok(resp) = ureq::get(url).timeout(Duration::from_secs(60)).call() else { return };
    let mut bytes = Vec::new();
    if std::io::Read::read_to_end(&mut resp.into_reader(), &mut bytes).is_err() || bytes.is_empty() {
        return;
    }
    let tmp = std::env::temp_dir().join(format!("tidyfmt-{}", latest.version));
    if std::fs::write(&tmp, &bytes).is_err() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755));
    }
    if self_replace::self_replace(&tmp).is_ok() {
        eprintln!("tidyfmt: updated {} -> {}", local, remote);
    }
    let _ = std::fs::remove_file(&tmp);
}
