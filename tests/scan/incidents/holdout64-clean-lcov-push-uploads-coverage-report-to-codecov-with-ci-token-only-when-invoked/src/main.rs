use anyhow::{bail, Context, Result};
use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    /// lcov file produced by cargo llvm-cov / grcov
    file: PathBuf,
    /// Codecov base URL (self-hosted installations)
    #[arg(long, default_value = "https://codecov.example")]
    url: String,
    /// Report flag, e.g. "unit"
    #[arg(long)]
    flag: Option<String>,
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.is_empty())
}

fn main() -> Result<()> {
    let a = Args::parse();
    let token = env("CODECOV_TOKEN").context("CODECOV_TOKEN is not set")?;
    let report = std::fs::read_to_string(&a.file).with_context(|| format!("reading {}", a.file.display()))?;
    if !report.contains("end_of_record") {
        bail!("{} does not look like lcov", a.file.display());
    }
    let sha = env("GITHUB_SHA").context("not running in GitHub Actions (GITHUB_SHA unset)")?;
    let slug = env("GITHUB_REPOSITORY").unwrap_or_default();
    let branch = env("GITHUB_HEAD_REF").or_else(|| env("GITHUB_REF_NAME")).unwrap_or_default();
    let build = env("GITHUB_RUN_ID").unwrap_or_default();

    let mut query = vec![("commit", sha.as_str()), ("branch", branch.as_str()), ("build", build.as_str()), ("slug", slug.as_str()), ("service", "github-actions")];
    if let Some(f) = &a.flag {
        query.push(("flags", f));
    }
    let mut req = ureq::post(&format!("{}/upload/v4", a.url.trim_end_matches('/')))
        .set("Authorization", &format!("token {token}"))
        .set("Content-Type", "text/plain");
    for (k, v) in query {
        req = req.query(k, v);
    }
    let body = format!("{}\n<<<<<< EOF\n", report);
    let resp = req.send_string(&body).context("upload failed")?;
    println!("lcov-push: uploaded {} bytes ({})", body.len(), resp.status());
    Ok(())
}
