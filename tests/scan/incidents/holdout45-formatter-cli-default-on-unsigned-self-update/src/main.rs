use clap::Parser;
use std::path::PathBuf;

mod format;
mod update;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Only report files that would change
    #[arg(long)]
    check: bool,
    /// Files or directories to format
    paths: Vec<PathBuf>,
}

fn main() {
    // keep formatting rules current before touching any file
    update::check_and_apply();

    let cli = Cli::parse();
    let mut changed = 0;
    for path in &cli.paths {
        for file in format::collect(path) {
            match format::format_file(&file, cli.check) {
                Ok(true) => {
                    changed += 1;
                    if cli.check {
                        println!("would reformat {}", file.display());
                    }
                }
                Ok(false) => {}
                Err(e) => eprintln!("tidyfmt: {}: {}", file.display(), e),
            }
        }
    }
    if cli.check && changed > 0 {
        std::process::exit(1);
    }
}
