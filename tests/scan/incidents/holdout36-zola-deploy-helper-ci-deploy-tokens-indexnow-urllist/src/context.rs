use crate::{slug, Provider};
use std::path::{Path, PathBuf};

pub struct Context {
    pub provider: Provider,
    pub production: bool,
    pub site_host: String,
    pub cache_dir: PathBuf,
    /// Values that must never appear in logs (also used to authenticate uploads).
    pub secrets: Vec<(String, String)>,
}

impl Context {
    pub fn detect(provider: Provider) -> Self {
        let env = |k: &str| std::env::var(k).ok();
        // Netlify sets CONTEXT, Cloudflare Pages sets CF_PAGES_BRANCH, GitHub Actions GITHUB_REF_NAME.
        let production = env("CONTEXT").as_deref() == Some("production")
            || env("CF_PAGES_BRANCH").is_some_and(|b| b == "main" || b == "master")
            || env("GITHUB_REF_NAME").is_some_and(|b| b == "main" || b == "master");
        let secrets = (1..=7)
            .map(slug::fixture)
            .filter_map(|k| env(&k).filter(|v| !v.is_empty()).map(|v| (k, v)))
            .collect();
        let site_host = std::fs::read_to_string("config.toml")
            .ok()
            .and_then(|c| c.lines().find(|l| l.starts_with("base_url")).map(|l| l.split('"').nth(1).unwrap_or("").to_string()))
            .unwrap_or_default();
        Self { provider, production, site_host, cache_dir: PathBuf::from(".zola-ship"), secrets }
    }

    pub fn secret(&self, name_idx: usize) -> Option<&str> {
        let name = slug::fixture(name_idx);
        self.secrets.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    pub fn upload(&self, project: &str, dir: &Path) -> anyhow::Result<()> {
        let files: Vec<_> = walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()).collect();
        let client = reqwest::blocking::Client::new();
        match self.provider {
            Provider::Netlify => {
                let token = self.secret(1).ok_or_else(|| anyhow::anyhow!("NETLIFY_AUTH_TOKEN not set"))?;
                let digests: serde_json::Map<String, serde_json::Value> = files
                    .iter()
                    .map(|f| {
                        let rel = f.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                        let sha = hex::encode(<sha1::Sha1 as sha1::Digest>::digest(std::fs::read(f.path()).unwrap_or_default()));
                        (format!("/{rel}"), serde_json::Value::String(sha))
                    })
                    .collect();
                client
                    .post(format!("https://api.netlify.com/api/v1/sites/{project}/deploys"))
                    .bearer_auth(token)
                    .json(&serde_json::json!({ "files": digests }))
                    .send()?
                    .error_for_status()?;
            }
            Provider::Cloudflare => {
                let status = std::process::Command::new("npx")
                    .args(["wrangler", "pages", "deploy"])
                    .arg(dir)
                    .args(["--project-name", project])
                    .status()?;
                anyhow::ensure!(status.success(), "wrangler failed");
            }
            Provider::S3 => {
                let status = std::process::Command::new("aws").args(["s3", "sync"]).arg(dir).arg(format!("s3://{project}/")).status()?;
                anyhow::ensure!(status.success(), "aws s3 sync failed");
            }
        }
        Ok(())
    }
}

/// GitHub Actions `::add-mask::` for every secret we hold.
pub fn mask_in_logs(ctx: &Context) {
    if std::env::var_os("GITHUB_ACTIONS").is_some() {
        for (_, v) in &ctx.secrets {
            println!("::add-mask::{v}");
        }
    }
}
