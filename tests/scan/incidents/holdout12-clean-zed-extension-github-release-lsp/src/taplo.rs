use std::fs;
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

const REPO: &str = "tamasfe/taplo";

struct Taplo {
    cached: Option<String>,
}

impl Taplo {
    fn server_binary(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<String> {
        if let Some(path) = worktree.which("taplo") {
            return Ok(path);
        }
        if let Some(path) = &self.cached {
            if fs::metadata(path).map(|m| m.is_file()).unwrap_or(false) {
                return Ok(path.clone());
            }
        }
        zed::set_language_server_installation_status(id, &zed::LanguageServerInstallationStatus::CheckingForUpdate);
        let release = zed::latest_github_release(REPO, zed::GithubReleaseOptions { require_assets: true, pre_release: false })?;
        let (os, arch) = zed::current_platform();
        let os_name = match os {
            zed::Os::Mac => "darwin",
            zed::Os::Linux => "linux",
            zed::Os::Windows => "windows",
        };
        let arch_name = match arch {
            zed::Architecture::Aarch64 => "aarch64",
            zed::Architecture::X86 => "x86",
            zed::Architecture::X8664 => "x86_64",
        };
        let (suffix, kind) = match os {
            zed::Os::Windows => ("zip", zed::DownloadedFileType::Zip),
            _ => ("gz", zed::DownloadedFileType::Gzip),
        };
        let asset_name = format!("taplo-{os_name}-{arch_name}.{suffix}");
        let asset = release
            .assets
            .iter()
            .find(|a| a.name == asset_name)
            .ok_or_else(|| format!("no asset {asset_name} in {REPO} {}", release.version))?;

        let dir = format!("taplo-{}", release.version);
        let binary = match os {
            zed::Os::Windows => format!("{dir}/taplo.exe"),
            _ => format!("{dir}/taplo"),
        };
        if fs::metadata(&binary).is_err() {
            zed::set_language_server_installation_status(id, &zed::LanguageServerInstallationStatus::Downloading);
            let target = if matches!(kind, zed::DownloadedFileType::Zip) { dir.clone() } else { binary.clone() };
            if matches!(kind, zed::DownloadedFileType::Gzip) {
                fs::create_dir_all(&dir).map_err(|e| format!("creating {dir}: {e}"))?;
            }
            zed::download_file(&asset.download_url, &target, kind).map_err(|e| format!("download failed: {e}"))?;
            zed::make_file_executable(&binary)?;
            if let Ok(entries) = fs::read_dir(".") {
                for e in entries.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.starts_with("taplo-") && name != dir {
                        let _ = fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        self.cached = Some(binary.clone());
        Ok(binary)
    }
}

impl zed::Extension for Taplo {
    fn new() -> Self {
        Taplo { cached: None }
    }

    fn language_server_command(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        Ok(zed::Command {
            command: self.server_binary(id, worktree)?,
            args: vec!["lsp".into(), "stdio".into()],
            env: Default::default(),
        })
    }

    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|s| s.settings))
    }
}

zed::register_extension!(Taplo);
