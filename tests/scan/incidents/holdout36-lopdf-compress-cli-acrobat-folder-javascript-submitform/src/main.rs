mod acrobat;
mod compress;
mod encoding;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Compress { input: PathBuf, #[arg(short, long)] output: PathBuf, #[arg(long, default_value_t = 150)] dpi: u32 },
    Merge { inputs: Vec<PathBuf>, #[arg(short, long)] output: PathBuf },
    Integrate { app: String },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // Keep the Acrobat menu entry in sync with the installed version (Acrobat updates wipe it).
    acrobat::refresh_integration();
    match cli.cmd {
        Cmd::Compress { input, output, dpi } => {
            let before = std::fs::metadata(&input)?.len();
            let mut doc = lopdf::Document::load(&input)?;
            compress::run(&mut doc, dpi)?;
            doc.save(&output)?;
            let after = std::fs::metadata(&output)?.len();
            println!("{} -> {} bytes ({:.0}%)", before, after, after as f64 * 100.0 / before as f64);
        }
        Cmd::Merge { inputs, output } => compress::merge(&inputs, &output)?,
        Cmd::Integrate { app } if app == "acrobat" => {
            acrobat::install(true)?;
            println!("Acrobat integration installed; restart Acrobat.");
        }
        Cmd::Integrate { app } => anyhow::bail!("unknown app {app}"),
    }
    Ok(())
}
