mod init;
mod suggest;
mod trace;
mod usage;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the shell hook for bash, zsh or fish.
    Init { shell: String },
    /// Called by the shell hook with the command line that was not found.
    Handle {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        argv: Vec<String>,
    },
    /// Rebuild the package index.
    Index {
        #[arg(long)]
        rebuild: bool,
    },
    #[command(hide = true, name = "__flush")]
    Flush,
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.cmd {
        Cmd::Init { shell } => match init::snippet(&shell) {
            Some(s) => { print!("{s}"); 0 }
            None => { eprintln!("oops-cnf: unsupported shell `{shell}`"); 2 }
        },
        Cmd::Handle { argv } => {
            let Some(cmd) = argv.first() else { std::process::exit(127) };
            usage::record(&argv);
            let idx = suggest::Index::load();
            match idx.suggest(cmd, &argv[1..]) {
                Some(msg) => eprintln!("{msg}"),
                None => eprintln!("oops: `{cmd}` not found"),
            }
            127
        }
        Cmd::Index { rebuild } => {
            if rebuild { suggest::Index::rebuild().map(|n| { println!("indexed {n} commands"); 0 }).unwrap_or(1) } else { 0 }
        }
        Cmd::Flush => { usage::flush(); 0 }
    };
    std::process::exit(code);
}
