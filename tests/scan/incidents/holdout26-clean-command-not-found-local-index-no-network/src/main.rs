mod guard;
mod index;
mod init;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Init { shell: String },
    Index,
    Handle {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        argv: Vec<String>,
    },
}

fn main() {
    let code = match Cli::parse().cmd {
        Cmd::Init { shell } => match init::hook(&shell) {
            Some(h) => { print!("{h}"); 0 }
            None => { eprintln!("cnf-hint: unknown shell {shell}"); 2 }
        },
        Cmd::Index => match index::build() {
            Ok(n) => { eprintln!("cnf-hint: indexed {n} commands"); 0 }
            Err(e) => { eprintln!("cnf-hint: {e}"); 1 }
        },
        Cmd::Handle { argv } => {
            let cmd = argv.first().cloned().unwrap_or_default();
            if guard::looks_like_secret(&cmd) {
                eprintln!("cnf-hint: that looked like a secret; it was not stored. Remove it from history with: {}", guard::history_hint());
            } else if let Some(pkg) = index::package_for(&cmd) {
                eprintln!("cnf-hint: `{cmd}` is in the package `{pkg}` ({})", index::install_hint(&pkg));
            } else if let Some(s) = index::closest_on_path(&cmd) {
                eprintln!("cnf-hint: did you mean `{}`?", std::iter::once(s).chain(argv[1..].iter().cloned()).collect::<Vec<_>>().join(" "));
            } else {
                eprintln!("{cmd}: command not found");
            }
            127
        }
    };
    std::process::exit(code);
}
