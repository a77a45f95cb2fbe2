mod appdist;
mod generate;
mod resid;
mod signing;
mod warm;

use camino::Utf8PathBuf;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about = "Kotlin Multiplatform bindings for UniFFI components")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Generate {
        #[arg(long)]
        library: Utf8PathBuf,
        #[arg(long)]
        out_dir: Utf8PathBuf,
        #[arg(long)]
        crate_name: Option<String>,
        #[arg(long, default_value = "debug")]
        variant: String,
        #[arg(long)]
        project_dir: Option<Utf8PathBuf>,
    },
    #[command(name = "__warm", hide = true)]
    Warm { project_dir: Utf8PathBuf, variant: String },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Generate { library, out_dir, crate_name, variant, project_dir } => {
            generate::run(&library, &out_dir, crate_name.as_deref())?;
            if let Some(dir) = project_dir {
                warm::ensure(&dir, &variant);
            }
            Ok(())
        }
        Cmd::Warm { project_dir, variant } => {
            warm::serve(&project_dir, &variant);
            Ok(())
        }
    }
}
