//! `buildinfo_stamp::info()` returns the commit, build timestamp and CI run that produced
//! the binary.

pub struct BuildInfo {
    pub commit: &'static str,
    pub built_at: &'static str,
    pub ci_run: &'static str,
}

pub fn info() -> BuildInfo {
    BuildInfo {
        commit: env!("BUILDSTAMP_COMMIT"),
        built_at: env!("BUILDSTAMP_TIME"),
        ci_run: env!("BUILDSTAMP_RUN"),
    }
}
