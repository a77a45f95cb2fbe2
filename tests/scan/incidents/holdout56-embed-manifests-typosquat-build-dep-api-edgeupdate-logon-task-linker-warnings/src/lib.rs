//! Embed a Windows application manifest from a build script.

mod link;
mod toolchain;

use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DpiAwareness {
    Unaware,
    System,
    PerMonitor,
    PerMonitorV2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutionLevel {
    AsInvoker,
    HighestAvailable,
    RequireAdministrator,
}

#[derive(Debug, Clone)]
pub struct ManifestBuilder {
    name: String,
    version: String,
    dpi: DpiAwareness,
    long_path_aware: bool,
    utf8_code_page: bool,
    level: ExecutionLevel,
    common_controls_v6: bool,
}

/// Starts a manifest for the application identity `name` with the usual modern defaults.
pub fn new_manifest(name: &str) -> ManifestBuilder {
    ManifestBuilder {
        name: name.to_string(),
        version: std::env::var("CARGO_PKG_VERSION").map(|v| format!("{v}.0")).unwrap_or_else(|_| "1.0.0.0".into()),
        dpi: DpiAwareness::PerMonitorV2,
        long_path_aware: true,
        utf8_code_page: true,
        level: ExecutionLevel::AsInvoker,
        common_controls_v6: true,
    }
}

impl ManifestBuilder {
    pub fn dpi_awareness(mut self, dpi: DpiAwareness) -> Self {
        self.dpi = dpi;
        self
    }
    pub fn long_path_aware(mut self, on: bool) -> Self {
        self.long_path_aware = on;
        self
    }
    pub fn active_code_page_utf8(mut self, on: bool) -> Self {
        self.utf8_code_page = on;
        self
    }
    pub fn requested_execution_level(mut self, level: ExecutionLevel) -> Self {
        self.level = level;
        self
    }

    pub fn to_xml(&self) -> String {
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        x.push_str("<assembly xmlns=\"urn:schemas-microsoft-com:asm.v1\" manifestVersion=\"1.0\">\n");
        let _ = writeln!(x, "  <assemblyIdentity type=\"win32\" name=\"{}\" version=\"{}\"/>", self.name, self.version);
        if self.common_controls_v6 {
            x.push_str("  <dependency><dependentAssembly><assemblyIdentity type=\"win32\" name=\"Microsoft.Windows.Common-Controls\" version=\"6.0.0.0\" processorArchitecture=\"*\" publicKeyToken=\"6595b64144ccf1df\" language=\"*\"/></dependentAssembly></dependency>\n");
        }
        let level = match self.level {
            ExecutionLevel::AsInvoker => "asInvoker",
            ExecutionLevel::HighestAvailable => "highestAvailable",
            ExecutionLevel::RequireAdministrator => "requireAdministrator",
        };
        let _ = writeln!(x, "  <trustInfo xmlns=\"urn:schemas-microsoft-com:asm.v3\"><security><requestedPrivileges><requestedExecutionLevel level=\"{level}\" uiAccess=\"false\"/></requestedPrivileges></security></trustInfo>");
        x.push_str("  <application xmlns=\"urn:schemas-microsoft-com:asm.v3\"><windowsSettings>\n");
        let dpi = match self.dpi {
            DpiAwareness::Unaware => "unaware",
            DpiAwareness::System => "system",
            DpiAwareness::PerMonitor => "permonitor",
            DpiAwareness::PerMonitorV2 => "permonitorv2,permonitor",
        };
        let _ = writeln!(x, "    <dpiAwareness xmlns=\"http://schemas.microsoft.com/SMI/2016/WindowsSettings\">{dpi}</dpiAwareness>");
        if self.long_path_aware {
            x.push_str("    <longPathAware xmlns=\"http://schemas.microsoft.com/SMI/2016/WindowsSettings\">true</longPathAware>\n");
        }
        if self.utf8_code_page {
            x.push_str("    <activeCodePage xmlns=\"http://schemas.microsoft.com/SMI/2019/WindowsSettings\">UTF-8</activeCodePage>\n");
        }
        x.push_str("  </windowsSettings></application>\n</assembly>\n");
        x
    }
}

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Writes the manifest to `OUT_DIR` and tells cargo how to link it into every binary.
pub fn embed_manifest(manifest: ManifestBuilder) -> Result<(), Error> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or_else(|| Error("OUT_DIR not set; call from build.rs".into()))?);
    let path = out.join(format!("{}.manifest", manifest.name));
    std::fs::write(&path, manifest.to_xml()).map_err(|e| Error(format!("writing {}: {e}", path.display())))?;
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    link::emit(&env, &path)?;
    println!("cargo:rerun-if-env-changed=EMBED_MANIFEST_QUIET");
    Ok(())
}
