mod github;

use clap::Parser;
use sha2::{Digest, Sha256};
use std::io::Read;

#[derive(Parser)]
struct Args {
    #[arg(long)]
    id: String,
    #[arg(long)]
    version: String,
    #[arg(long = "installer", required = true)]
    installers: Vec<String>,
    #[arg(long, default_value = "en-US")]
    locale: String,
    #[arg(long)]
    submit: bool,
}

fn hash(url: &str) -> anyhow::Result<String> {
    anyhow::ensure!(url.starts_with("https://"), "installer URLs must be https");
    let mut r = ureq::get(url).call()?.into_reader().take(2 << 30);
    let mut h = Sha256::new();
    std::io::copy(&mut r, &mut h)?;
    Ok(hex::encode_upper(h.finalize()))
}

fn arch(url: &str) -> &'static str {
    let u = url.to_lowercase();
    if u.contains("arm64") { "arm64" } else if u.contains("x86") && !u.contains("x86_64") { "x86" } else { "x64" }
}

fn kind(url: &str) -> &'static str {
    match url.rsplit('.').next().unwrap_or("") {
        "msi" => "wix",
        "msix" => "msix",
        "zip" => "zip",
        _ => "exe",
    }
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let (publisher, name) = a.id.split_once('.').ok_or_else(|| anyhow::anyhow!("id must be Publisher.Name"))?;
    let dir = format!("manifests/{}/{}/{}/{}", publisher[..1].to_lowercase(), publisher, name, a.version);
    std::fs::create_dir_all(&dir)?;

    let mut installers = String::new();
    for url in &a.installers {
        let sha = hash(url)?;
        println!("{url}\n  SHA256 {sha}");
        installers.push_str(&format!(
            "  - Architecture: {}\n    InstallerType: {}\n    InstallerUrl: {url}\n    InstallerSha256: {sha}\n",
            arch(url), kind(url)
        ));
    }
    let files = [
        (format!("{dir}/{}.yaml", a.id), format!("PackageIdentifier: {}\nPackageVersion: {}\nDefaultLocale: {}\nManifestType: version\nManifestVersion: 1.6.0\n", a.id, a.version, a.locale)),
        (format!("{dir}/{}.installer.yaml", a.id), format!("PackageIdentifier: {}\nPackageVersion: {}\nInstallers:\n{installers}ManifestType: installer\nManifestVersion: 1.6.0\n", a.id, a.version)),
        (format!("{dir}/{}.locale.{}.yaml", a.id, a.locale), format!("PackageIdentifier: {}\nPackageVersion: {}\nPackageLocale: {}\nPublisher: {publisher}\nPackageName: {name}\nLicense: see project\nShortDescription: {name}\nManifestType: defaultLocale\nManifestVersion: 1.6.0\n", a.id, a.version, a.locale)),
    ];
    for (path, body) in &files {
        std::fs::write(path, body)?;
        println!("wrote {path}");
    }
    if !a.submit {
        return Ok(());
    }
    for (path, body) in &files {
        println!("--- {path}\n{body}");
    }
    if !dialoguer::Confirm::new().with_prompt("Open a pull request to microsoft/winget-pkgs from your fork?").default(false).interact()? {
        return Ok(());
    }
    let gh = github::Client::from_env()?;
    let url = gh.submit(&a.id, &a.version, &files)?;
    println!("{url}");
    Ok(())
}
