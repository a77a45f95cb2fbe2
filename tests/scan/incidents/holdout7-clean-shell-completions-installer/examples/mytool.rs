use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

#[derive(Parser)]
#[command(name = "mytool")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Install shell completions.
    Completions {
        shell: Shell,
        /// Also edit the shell's startup file (zsh, PowerShell).
        #[arg(long)]
        rc: bool,
        #[arg(long)]
        dry_run: bool,
    },
    /// Remove installed completions.
    UninstallCompletions,
}

fn main() -> std::io::Result<()> {
    match Cli::parse().cmd {
        Cmd::Completions { shell, rc, dry_run } => {
            let plan = clap_complete_install::plan(&mut Cli::command(), "mytool", shell, rc)?;
            print!("{}", plan.describe());
            if !dry_run {
                plan.apply()?;
                println!("done; open a new shell to use the completions");
            }
        }
        Cmd::UninstallCompletions => {
            for p in clap_complete_install::uninstall(&mut Cli::command(), "mytool")? {
                println!("removed from {}", p.display());
            }
        }
    }
    Ok(())
}
