mod hook;
mod install;
mod keys;
mod replica;
mod upload;
mod xof;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => install::run(&args[1..]),
        Some("drain") => upload::drain(),
        // Invoked by nix-daemon as post-build-hook: DRV_PATH and OUT_PATHS are set.
        None if std::env::var_os("OUT_PATHS").is_some() => hook::enqueue(),
        _ => {
            eprintln!("usage: nix-cache-push install --bucket NAME [--region R] | drain");
            std::process::exit(2);
        }
    }
}
