//! Values are captured at compile time from the variables CI sets for every build; none of
//! them is secret. Set `GIT_COMMIT` yourself outside CI.

pub struct Banner {
    pub name: &'static str,
    pub version: &'static str,
    pub commit: Option<&'static str>,
    pub build_number: Option<&'static str>,
    pub target: Option<&'static str>,
}

#[macro_export]
macro_rules! banner {
    () => {
        $crate::Banner {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
            commit: option_env!("GIT_COMMIT").or(option_env!("GITHUB_SHA")),
            build_number: option_env!("GITHUB_RUN_NUMBER").or(option_env!("CI_PIPELINE_IID")),
            target: option_env!("TARGET"),
        }
    };
}

impl std::fmt::Display for Banner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.name, self.version)?;
        if let Some(c) = self.commit {
            write!(f, " ({})", &c[..c.len().min(8)])?;
        }
        if let Some(n) = self.build_number {
            write!(f, " build {n}")?;
        }
        Ok(())
    }
}

/// Asks the application's own release feed for the newest version. Only the feed URL chosen by
/// the application is contacted and only the package name is in the path; returns a notice
/// when a newer release exists. Applications call this only when the user enabled it.
#[cfg(feature = "update-check")]
pub fn newer_release(b: &Banner, feed: &str) -> Option<String> {
    let latest = ureq::get(&format!("{feed}/{}/latest.txt", b.name))
        .timeout(std::time::Duration::from_secs(2))
        .call()
        .ok()?
        .into_string()
        .ok()?;
    let latest = latest.trim();
    (latest != b.version).then(|| format!("{} {latest} is available (you have {})", b.name, b.version))
}
