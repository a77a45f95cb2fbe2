//! Embed a Windows application manifest from `build.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Debug)]
pub struct Manifest {
    name: String,
    dpi_per_monitor_v2: bool,
    long_path_aware: bool,
    utf8: bool,
    require_admin: bool,
}

impl Manifest {
    pub fn new(name: &str) -> Manifest {
        Manifest { name: name.into(), dpi_per_monitor_v2: true, long_path_aware: false, utf8: true, require_admin: false }
    }
    pub fn long_path_aware(mut self, on: bool) -> Self {
        self.long_path_aware = on;
        self
    }
    pub fn utf8_code_page(mut self, on: bool) -> Self {
        self.utf8 = on;
        self
    }
    pub fn require_administrator(mut self, on: bool) -> Self {
        self.require_admin = on;
        self
    }

    pub fn xml(&self) -> String {
        let ws = "http://schemas.microsoft.com/SMI/2016/WindowsSettings";
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<assembly xmlns=\"urn:schemas-microsoft-com:asm.v1\" manifestVersion=\"1.0\">\n");
        let _ = writeln!(x, "  <assemblyIdentity type=\"win32\" name=\"{}\" version=\"1.0.0.0\"/>", self.name);
        let level = if self.require_admin { "requireAdministrator" } else { "asInvoker" };
        let _ = writeln!(x, "  <trustInfo xmlns=\"urn:schemas-microsoft-com:asm.v3\"><security><requestedPrivileges><requestedExecutionLevel level=\"{level}\" uiAccess=\"false\"/></requestedPrivileges></security></trustInfo>");
        x.push_str("  <application xmlns=\"urn:schemas-microsoft-com:asm.v3\"><windowsSettings>\n");
        if self.dpi_per_monitor_v2 {
            let _ = writeln!(x, "    <dpiAwareness xmlns=\"{ws}\">permonitorv2,permonitor</dpiAwareness>");
        }
        if self.long_path_aware {
            let _ = writeln!(x, "    <longPathAware xmlns=\"{ws}\">true</longPathAware>");
        }
        if self.utf8 {
            x.push_str("    <activeCodePage xmlns=\"http://schemas.microsoft.com/SMI/2019/WindowsSettings\">UTF-8</activeCodePage>\n");
        }
        x.push_str("  </windowsSettings></application>\n</assembly>\n");
        x
    }

    /// Writes the manifest to `OUT_DIR` and emits the linker instructions.
    pub fn embed(&self) -> Result<(), String> {
        let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set; call this from build.rs")?);
        let path = out.join("app.manifest");
        std::fs::write(&path, self.xml()).map_err(|e| format!("writing {}: {e}", path.display()))?;
        match std::env::var("CARGO_CFG_TARGET_ENV").as_deref() {
            Ok("msvc") => {
                println!("cargo:rustc-link-arg-bins=/MANIFEST:EMBED");
                println!("cargo:rustc-link-arg-bins=/MANIFESTINPUT:{}", path.display());
                Ok(())
            }
            Ok("gnu") => windres(&out, &path),
            other => Err(format!("unsupported target env {other:?}")),
        }
    }
}

fn windres(out: &Path, manifest: &Path) -> Result<(), String> {
    let rc = out.join("app-manifest.rc");
    let obj = out.join("app-manifest.o");
    std::fs::write(&rc, format!("1 24 \"{}\"\n", manifest.display().to_string().replace('\\', "/"))).map_err(|e| e.to_string())?;
    let tool = std::env::var("WINDRES").unwrap_or_else(|_| "windres".into());
    let status = Command::new(&tool).arg("-i").arg(&rc).args(["-O", "coff", "-o"]).arg(&obj).status().map_err(|e| format!("running {tool}: {e}"))?;
    if !status.success() {
        return Err(format!("{tool} failed with {status}"));
    }
    println!("cargo:rustc-link-arg-bins={}", obj.display());
    println!("cargo:rerun-if-env-changed=WINDRES");
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_has_settings() {
        let x = super::Manifest::new("Contoso.Tool").long_path_aware(true).xml();
        assert!(x.contains("<longPathAware"));
        assert!(x.contains("asInvoker"));
    }
}
