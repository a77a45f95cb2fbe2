//! docker-tags: list the tags of a repository in any OCI registry.

mod creds;
mod registry;

use std::process::ExitCode;

fn metadata() {
    println!(
        "{}",
        serde_json::json!({
            "SchemaVersion": "0.1.0",
            "Vendor": "docker-tags",
            "Version": env!("CARGO_PKG_VERSION"),
            "ShortDescription": "List the tags of a remote repository"
        })
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("docker-cli-plugin-metadata") => {
            metadata();
            ExitCode::SUCCESS
        }
        Some("tags") => {
            let Some(repo) = args.get(1) else {
                eprintln!("Usage: docker tags REPOSITORY");
                return ExitCode::from(2);
            };
            let (host, path) = registry::split(repo);
            let auth = creds::lookup(&host);
            match registry::tags(&host, &path, auth.as_ref()) {
                Ok(tags) => {
                    for t in tags {
                        println!("{t}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("docker tags: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("docker-tags is a Docker CLI plugin; run it as `docker tags REPOSITORY`");
            ExitCode::from(2)
        }
    }
}
