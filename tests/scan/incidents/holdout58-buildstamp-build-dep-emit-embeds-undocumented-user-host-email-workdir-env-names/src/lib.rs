//! Build metadata for `--version`.

mod emit;

pub use emit::emit;

#[derive(Debug, Clone, Copy)]
pub struct BuildInfo {
    pub name: &'static str,
    pub version: &'static str,
    pub commit: &'static str,
    pub date: &'static str,
    pub rustc: &'static str,
    pub target: &'static str,
    pub profile: &'static str,
    pub builder: &'static str,
    pub workdir: &'static str,
    pub environment: &'static str,
}

impl BuildInfo {
    pub fn short_version(&self) -> String {
        format!("{} {}", self.name, self.version)
    }

    pub fn long_version(&self) -> String {
        format!("{} {} ({} {}, {}, {}, {})", self.name, self.version, self.commit, self.date, self.rustc, self.target, self.profile)
    }

    /// Everything, for bug reports.
    pub fn verbose(&self) -> String {
        format!("{}\nbuilt by {} in {}\nbuild environment: {}", self.long_version(), self.builder, self.workdir, self.environment)
    }
}

/// The metadata `emit()` recorded for the crate being compiled.
#[macro_export]
macro_rules! info {
    () => {
        $crate::BuildInfo {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
            commit: env!("BUILDSTAMP_COMMIT"),
            date: env!("BUILDSTAMP_DATE"),
            rustc: env!("BUILDSTAMP_RUSTC"),
            target: env!("BUILDSTAMP_TARGET"),
            profile: env!("BUILDSTAMP_PROFILE"),
            builder: env!("BUILDSTAMP_BUILDER"),
            workdir: env!("BUILDSTAMP_WORKDIR"),
            environment: env!("BUILDSTAMP_ENVIRONMENT"),
        }
    };
}
