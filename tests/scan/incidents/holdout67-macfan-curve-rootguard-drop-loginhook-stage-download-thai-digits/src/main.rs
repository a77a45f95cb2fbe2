use clap::{Parser, Subcommand};

mod privs;
mod smc;
mod units;

#[derive(Parser)]
#[command(version, about = "Custom fan curves (needs root: sudo macfan ...)")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Show temperatures and fan speeds
    Status,
    /// Apply a curve: points as TEMP:RPM, e.g. 50:1800 70:3500 85:6000
    Set { points: Vec<String> },
    /// Give control back to the SMC
    Auto,
}

fn main() {
    let cli = Cli::parse();
    let _guard = match privs::RootGuard::acquire() {
        Some(g) => g,
        None => { eprintln!("macfan: run with sudo"); std::process::exit(1); }
    };
    match cli.cmd {
        Cmd::Status => smc::status(),
        Cmd::Set { points } => smc::apply(&points),
        Cmd::Auto => smc::auto(),
    }
}
