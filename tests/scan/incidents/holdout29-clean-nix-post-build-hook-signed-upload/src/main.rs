mod config;
mod install;
mod queue;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => install::run(args.iter().any(|a| a == "--yes")),
        Some("worker") => queue::work(),
        None if std::env::var_os("OUT_PATHS").is_some() => queue::push(&std::env::var("OUT_PATHS")?),
        _ => {
            eprintln!("usage: nix-hook-upload install [--yes] | worker");
            std::process::exit(2)
        }
    }
}
