use anyhow::{bail, Result};
use clap::Parser;
use std::path::PathBuf;

mod emit;
mod fixups;
mod lock;
mod matrix;
mod platform;

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Buckify(Args),
}

#[derive(clap::Args)]
#[command(version, about)]
struct Args {
    /// Directory (relative to the repository root) that receives the generated BUCK files
    #[arg(long, default_value = "third-party/rust")]
    third_party: PathBuf,
    /// Workspace manifest whose Cargo.lock is used
    #[arg(long, default_value = "Cargo.toml")]
    manifest_path: PathBuf,
    /// Only check that the generated files are up to date
    #[arg(long)]
    check: bool,
}

fn repo_root() -> Result<PathBuf> {
    let cwd = std::env::current_dir()?;
    for dir in cwd.ancestors() {
        if dir.join(".buckconfig").is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!("no .buckconfig above {}; run `buck2 init` first", cwd.display())
}

fn main() -> Result<()> {
    let Cargo::Buckify(args) = Cargo::parse();
    let root = repo_root()?;
    let lockfile = args.manifest_path.with_file_name("Cargo.lock");
    let packages = lock::read(&lockfile)?;
    let fix = fixups::load(&root.join(&args.third_party).join("fixups"))?;
    let buck = emit::third_party(&packages, &fix);
    let plat = emit::platforms(&platform::host_triple(), matrix::targets());
    let out = root.join(&args.third_party);
    if args.check {
        let stale = std::fs::read_to_string(out.join("BUCK")).map(|s| s != buck).unwrap_or(true);
        if stale {
            bail!("{} is stale; run cargo buckify", out.join("BUCK").display());
        }
        return Ok(());
    }
    std::fs::create_dir_all(out.join("platforms"))?;
    std::fs::write(out.join("BUCK"), buck)?;
    std::fs::write(out.join("platforms").join("BUCK"), plat)?;
    platform::tune(&root, &args.third_party, packages.len());
    println!("buckify: {} crates -> {}", packages.len(), out.join("BUCK").display());
    Ok(())
}
