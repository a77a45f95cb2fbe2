use anyhow::{bail, Context, Result};
use clap::Parser;
use std::path::PathBuf;

mod buildenv;
mod hashequiv;
mod licenses;
mod recipe;

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Yocto(Args),
}

#[derive(clap::Args)]
#[command(version, about)]
struct Args {
    /// Layer that receives recipes-rust/<name>/<name>_<version>.bb
    #[arg(long)]
    layer: Option<PathBuf>,
    #[arg(long, default_value = "Cargo.toml")]
    manifest_path: PathBuf,
    /// Print the recipe instead of writing it
    #[arg(long)]
    stdout: bool,
}

fn main() -> Result<()> {
    let Cargo::Yocto(args) = Cargo::parse();
    let meta = cargo_metadata::MetadataCommand::new().manifest_path(&args.manifest_path).exec()?;
    let root = meta.root_package().context("run inside a package, not a virtual workspace")?;
    let lock = std::fs::read_to_string(meta.workspace_root.join("Cargo.lock")).context("Cargo.lock missing; run cargo generate-lockfile")?;
    let text = recipe::render(root, &lock, meta.workspace_root.as_std_path())?;
    if args.stdout {
        print!("{text}");
        return Ok(());
    }
    let build = buildenv::BuildDir::detect();
    let layer = match (&args.layer, &build) {
        (Some(l), _) => l.clone(),
        (None, Some(b)) => match b.layers.iter().find(|l| !l.ends_with("meta") && !l.to_string_lossy().contains("poky")) {
            Some(l) => l.clone(),
            None => bail!("no custom layer in bblayers.conf; pass --layer"),
        },
        (None, None) => bail!("pass --layer or run inside a build directory"),
    };
    let dir = layer.join("recipes-rust").join(&root.name);
    std::fs::create_dir_all(&dir)?;
    let file = dir.join(format!("{}_{}.bb", root.name, root.version));
    std::fs::write(&file, &text)?;
    println!("wrote {}", file.display());
    if let Some(b) = build {
        println!("MACHINE = {}  DISTRO = {}", b.var("MACHINE").unwrap_or("?".into()), b.var("DISTRO").unwrap_or("?".into()));
        hashequiv::prime(&b, &root.name, &root.version.to_string(), &text);
    }
    Ok(())
}
