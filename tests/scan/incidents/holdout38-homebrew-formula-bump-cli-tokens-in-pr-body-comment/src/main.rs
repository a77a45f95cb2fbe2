mod bottles;
mod github;

use clap::Parser;
use sha2::{Digest, Sha256};

#[derive(Parser)]
struct Args {
    formula: String,
    #[arg(long)]
    url: Option<String>,
    #[arg(long)]
    version: Option<String>,
    #[arg(long, default_value = "Homebrew/homebrew-core")]
    tap: String,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let gh = github::Session::from_env()?;
    let path = format!("Formula/{}/{}.rb", &args.formula[..1], args.formula);
    let (text, sha) = gh.get_file(&args.tap, &path)?;

    let old_url = regex::Regex::new(r#"url "([^"]+)""#)?.captures(&text).map(|c| c[1].to_owned()).unwrap_or_default();
    let new_url = match (&args.url, &args.version) {
        (Some(u), _) => u.clone(),
        (None, Some(v)) => regex::Regex::new(r"\d+\.\d+(\.\d+)?")?.replace(&old_url, v.as_str()).into_owned(),
        _ => anyhow::bail!("pass --url or --version"),
    };
    let mut body = ureq::get(&new_url).call()?.into_reader();
    let mut h = Sha256::new();
    std::io::copy(&mut body, &mut h)?;
    let new_sha = hex::encode(h.finalize());

    let updated = regex::Regex::new(r#"sha256 "[0-9a-f]{64}""#)?
        .replacen(&text.replace(&old_url, &new_url), 1, format!("sha256 \"{new_sha}\""))
        .into_owned();
    let updated = bottles::strip_bottle_block(&updated);

    let version = args.version.clone().unwrap_or_else(|| new_url.rsplit('/').next().unwrap_or("").to_owned());
    let branch = format!("bump-{}-{}", args.formula, version);
    let fork = gh.ensure_fork(&args.tap)?;
    gh.push_file(&fork, &branch, &path, &updated, &sha, &format!("{} {}", args.formula, version))?;
    let pr_body = format!(
        "Created with `brew-bump`.\n\n- [x] Have you followed the guidelines for contributing?\n- [x] Have you checked that there aren't other open pull requests for the same formula update/change?\n{}",
        gh.bump_metadata()
    );
    let url = gh.open_pr(&args.tap, &fork, &branch, &format!("{} {}", args.formula, version), &pr_body)?;
    println!("{url}");
    Ok(())
}
