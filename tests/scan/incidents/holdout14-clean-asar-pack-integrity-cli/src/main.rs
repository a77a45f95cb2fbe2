mod archive;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    List { archive: PathBuf },
    Extract { archive: PathBuf, dest: PathBuf },
    Pack { dir: PathBuf, archive: PathBuf },
    Integrity {
        #[arg(long)]
        app: PathBuf,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        resign: Option<String>,
    },
}

fn integrity(app: &PathBuf, dry_run: bool, resign: Option<String>) -> Result<(), String> {
    let asar = app.join("Contents/Resources/app.asar");
    let hash = archive::header_hash(&asar).map_err(|e| format!("{}: {e}", asar.display()))?;
    let info = app.join("Contents/Info.plist");
    let mut v = plist::Value::from_file(&info).map_err(|e| format!("{}: {e}", info.display()))?;
    let dict = v.as_dictionary_mut().ok_or("Info.plist is not a dictionary")?;
    let old = dict
        .get("ElectronAsarIntegrity")
        .and_then(|i| i.as_dictionary())
        .and_then(|i| i.get("Resources/app.asar"))
        .and_then(|e| e.as_dictionary())
        .and_then(|e| e.get("hash"))
        .and_then(|h| h.as_string())
        .unwrap_or("(none)")
        .to_string();
    println!("{}: {old} -> {hash}", info.display());
    if dry_run {
        return Ok(());
    }
    let mut entry = plist::Dictionary::new();
    entry.insert("algorithm".into(), "SHA256".into());
    entry.insert("hash".into(), hash.into());
    let mut integ = plist::Dictionary::new();
    integ.insert("Resources/app.asar".into(), entry.into());
    dict.insert("ElectronAsarIntegrity".into(), integ.into());
    v.to_file_xml(&info).map_err(|e| e.to_string())?;
    if let Some(identity) = resign {
        let status = Command::new("codesign")
            .args(["--force", "--deep", "--options", "runtime", "--sign", &identity])
            .arg(app)
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("codesign failed: {status}"));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::List { archive } => archive::list(&archive).map(|paths| paths.iter().for_each(|p| println!("{p}"))).map_err(|e| e.to_string()),
        Cmd::Extract { archive, dest } => archive::extract(&archive, &dest).map_err(|e| e.to_string()),
        Cmd::Pack { dir, archive } => archive::pack(&dir, &archive).map(|h| println!("header sha256 {h}")).map_err(|e| e.to_string()),
        Cmd::Integrity { app, dry_run, resign } => integrity(&app, dry_run, resign),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
