//! Build XCFrameworks from Rust crates.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

include!(concat!(env!("OUT_DIR"), "/targets.rs"));

pub const IOS: u32 = 1;
pub const MACOS: u32 = 2;
pub const TVOS: u32 = 4;
pub const VISIONOS: u32 = 8;
pub const CATALYST: u32 = 16;

pub struct Builder {
    lib: String,
    platforms: u32,
    profile: String,
}

impl Builder {
    pub fn new(lib: &str) -> Self {
        Builder { lib: lib.to_owned(), platforms: IOS | MACOS, profile: "release".into() }
    }

    pub fn targets(mut self, platforms: u32) -> Self {
        self.platforms = platforms;
        self
    }

    pub fn profile(mut self, profile: &str) -> Self {
        self.profile = profile.to_owned();
        self
    }

    fn wanted(&self, platform: &str, variant: &str) -> bool {
        let bit = match (platform, variant) {
            ("ios", "maccatalyst") => CATALYST,
            ("ios", _) => IOS,
            ("macos", _) => MACOS,
            ("tvos", _) => TVOS,
            ("xros", _) => VISIONOS,
            _ => 0,
        };
        self.platforms & bit != 0
    }

    fn cargo_build(&self, target: &str) -> Result<PathBuf> {
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--lib", "--profile", &self.profile, "--target", target])
            .status()
            .context("cargo build")?;
        if !status.success() {
            bail!("cargo build --target {target} failed");
        }
        let dir = if self.profile == "dev" { "debug" } else { &self.profile };
        Ok(Path::new("target").join(target).join(dir).join(format!("lib{}.a", self.lib.to_lowercase())))
    }

    pub fn build(&self, out: impl AsRef<Path>) -> Result<()> {
        let mut groups: Vec<((&str, &str), Vec<PathBuf>)> = Vec::new();
        for (target, _sdk, platform, variant) in APPLE_TARGETS {
            if !self.wanted(platform, variant) {
                continue;
            }
            let lib = self.cargo_build(target)?;
            match groups.iter_mut().find(|(k, _)| *k == (*platform, *variant)) {
                Some((_, libs)) => libs.push(lib),
                None => groups.push(((*platform, *variant), vec![lib])),
            }
        }
        let mut xc = Command::new("xcodebuild");
        xc.arg("-create-xcframework");
        for ((platform, variant), libs) in &groups {
            let merged = if libs.len() > 1 {
                let merged = Path::new("target").join(format!("{platform}-{variant}-lib{}.a", self.lib.to_lowercase()));
                let status = Command::new("lipo").arg("-create").args(libs).arg("-output").arg(&merged).status()?;
                if !status.success() {
                    bail!("lipo failed for {platform} {variant}");
                }
                merged
            } else {
                libs[0].clone()
            };
            xc.arg("-library").arg(merged);
        }
        xc.arg("-output").arg(out.as_ref());
        if !xc.status().context("xcodebuild")?.success() {
            bail!("xcodebuild -create-xcframework failed");
        }
        Ok(())
    }
}
