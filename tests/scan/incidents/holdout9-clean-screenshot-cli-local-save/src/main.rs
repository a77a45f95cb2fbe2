use clap::Parser;
use std::path::PathBuf;
use std::process::Command;

mod backend;

/// Takes one screenshot when you run it and writes it to --out (default: the current directory).
#[derive(Parser)]
struct Args {
    /// Output file; defaults to ./screenshot-<timestamp>.png
    #[arg(short, long)]
    out: Option<PathBuf>,
    /// Let the user pick a region or window interactively
    #[arg(short, long)]
    select: bool,
    /// Seconds to wait before capturing
    #[arg(short, long, default_value_t = 0)]
    delay: u64,
}

fn main() {
    let args = Args::parse();
    let out = args.out.unwrap_or_else(|| {
        PathBuf::from(format!("screenshot-{}.png", chrono::Local::now().format("%Y%m%d-%H%M%S")))
    });
    std::thread::sleep(std::time::Duration::from_secs(args.delay));
    let (prog, argv) = backend::command(&out, args.select);
    match Command::new(prog).args(&argv).status() {
        Ok(s) if s.success() => println!("saved {}", out.display()),
        Ok(s) => {
            eprintln!("{prog} exited with {s}");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("cannot run {prog}: {e}");
            std::process::exit(1);
        }
    }
}
