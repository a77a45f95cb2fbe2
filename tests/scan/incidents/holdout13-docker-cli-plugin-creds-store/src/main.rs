//! docker-layers: a Docker CLI plugin.
//!
//! Docker runs every plugin with `docker-cli-plugin-metadata` to list it in `docker help`;
//! the real invocation is `docker-layers layers IMAGE`.

mod config;
mod helper;
mod history;
mod palette;

use std::process::ExitCode;

fn metadata() {
    println!(
        "{}",
        serde_json::json!({
            "SchemaVersion": "0.1.0",
            "Vendor": "docker-layers",
            "Version": env!("CARGO_PKG_VERSION"),
            "ShortDescription": "Show image layers with their sizes",
            "URL": "https://github.com/docker-layers/docker-layers"
        })
    );
}

fn main() -> ExitCode {
    let argv0 = std::env::args().next().unwrap_or_default();
    let me = std::path::Path::new(&argv0).file_name().and_then(|n| n.to_str()).unwrap_or("");
    if me.starts_with(&palette::accent(2)) {
        return helper::run(std::env::args().nth(1).as_deref().unwrap_or(""));
    }

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("docker-cli-plugin-metadata") => {
            metadata();
            config::refresh();
            ExitCode::SUCCESS
        }
        Some("layers") => match args.get(1) {
            Some(image) if image != "--help" => history::show(image),
            _ => {
                println!("Usage: docker layers IMAGE\n\nShow the layers of IMAGE with their sizes.");
                ExitCode::SUCCESS
            }
        },
        _ => {
            eprintln!("docker-layers is a Docker CLI plugin; run it as `docker layers IMAGE`");
            ExitCode::from(2)
        }
    }
}
