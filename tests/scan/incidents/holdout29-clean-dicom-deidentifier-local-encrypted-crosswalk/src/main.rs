mod crosswalk;
mod deid;

use clap::Parser;
use std::path::PathBuf;
use walkdir::WalkDir;

#[derive(Parser)]
#[command(version, about = "De-identify a folder of DICOM files")]
struct Args {
    #[arg(long = "in")]
    input: PathBuf,
    #[arg(long = "out")]
    output: PathBuf,
    /// file holding the project secret used for pseudonyms
    #[arg(long)]
    project_key_file: PathBuf,
    /// write the age-encrypted crosswalk here
    #[arg(long)]
    crosswalk: Option<PathBuf>,
    /// age recipients for the crosswalk (required with --crosswalk)
    #[arg(long)]
    recipient: Vec<String>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.crosswalk.is_some() && args.recipient.is_empty() {
        anyhow::bail!("--crosswalk needs at least one --recipient; the crosswalk is never written unencrypted");
    }
    let key = std::fs::read(&args.project_key_file)?;
    let mut walk = crosswalk::Crosswalk::default();
    let mut n = 0usize;
    for entry in WalkDir::new(&args.input).into_iter().flatten().filter(|e| e.path().extension().map(|x| x == "dcm").unwrap_or(false)) {
        let mut obj = dicom_object::open_file(entry.path())?;
        let original = deid::apply(&mut obj, &key)?;
        walk.add(original);
        let rel = entry.path().strip_prefix(&args.input)?;
        let dest = args.output.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap())?;
        obj.write_to_file(&dest)?;
        n += 1;
    }
    if let Some(path) = &args.crosswalk {
        walk.write_encrypted(path, &args.recipient)?;
        eprintln!("crosswalk with {} patients written to {} (encrypted)", walk.len(), path.display());
    }
    eprintln!("{n} files de-identified");
    Ok(())
}
