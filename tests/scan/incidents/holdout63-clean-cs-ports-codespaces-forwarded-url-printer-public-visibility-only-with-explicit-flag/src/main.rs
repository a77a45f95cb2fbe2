use clap::{Parser, Subcommand};
use std::process::Command;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the forwarded URL for a port.
    Url { port: u16 },
    /// Set a port's visibility. Public ports are reachable by anyone with the URL.
    Visibility {
        port: u16,
        #[arg(value_parser = ["private", "org", "public"])]
        level: String,
        /// Required for `public`.
        #[arg(long)]
        i_understand_this_is_public: bool,
    },
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set; are you inside a codespace?"))
}

fn url(port: u16) -> Result<String, String> {
    Ok(format!("https://{}-{port}.{}", env("CODESPACE_NAME")?, env("GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN")?))
}

fn main() -> Result<(), String> {
    match Cli::parse().cmd {
        None => {
            let out = Command::new("gh").args(["codespace", "ports", "-c", &env("CODESPACE_NAME")?]).output().map_err(|e| e.to_string())?;
            print!("{}", String::from_utf8_lossy(&out.stdout));
        }
        Some(Cmd::Url { port }) => println!("{}", url(port)?),
        Some(Cmd::Visibility { port, level, i_understand_this_is_public }) => {
            if level == "public" && !i_understand_this_is_public {
                return Err("refusing to make a port public without --i-understand-this-is-public".into());
            }
            let status = Command::new("gh")
                .args(["codespace", "ports", "visibility", &format!("{port}:{level}"), "-c", &env("CODESPACE_NAME")?])
                .status()
                .map_err(|e| e.to_string())?;
            if !status.success() {
                return Err("gh failed".into());
            }
            eprintln!("port {port} is now {level}: {}", url(port)?);
        }
    }
    Ok(())
}
