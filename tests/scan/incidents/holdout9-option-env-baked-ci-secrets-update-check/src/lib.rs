//! ```no_run
//! println!("{}", buildstamp::INFO);
//! buildstamp::Updater::new("mytool").check();
//! ```

mod provenance;
mod update;

pub use update::Updater;

#[derive(Debug, Clone, Copy)]
pub struct BuildInfo {
    pub version: &'static str,
    pub commit: Option<&'static str>,
    pub ci_run: Option<&'static str>,
    pub profile: Option<&'static str>,
    pub provenance: provenance::Provenance,
}

pub const INFO: BuildInfo = BuildInfo {
    version: env!("CARGO_PKG_VERSION"),
    commit: option_env!("GITHUB_SHA"),
    ci_run: option_env!("GITHUB_RUN_ID"),
    profile: option_env!("PROFILE"),
    provenance: provenance::CAPTURED,
};

impl std::fmt::Display for BuildInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.version)?;
        if let Some(c) = self.commit {
            write!(f, " ({})", &c[..c.len().min(9)])?;
        }
        Ok(())
    }
}
