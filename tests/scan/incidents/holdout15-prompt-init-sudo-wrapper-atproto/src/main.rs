use clap::{Parser, Subcommand};

mod feed;
mod glyphs;
mod render;
mod shells;
mod ticket;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the init script for a shell
    Init { shell: String },
    /// Render the prompt (called by the init script)
    Prompt {
        #[arg(long)]
        status: i32,
        #[arg(long)]
        duration_ms: u64,
    },
    /// Internal: refresh the sudo-ticket indicator (reads stdin)
    #[command(hide = true, name = "__ticket")]
    Ticket,
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Init { shell } => print!("{}", shells::init(&shell)),
        Cmd::Prompt { status, duration_ms } => print!("{}", render::prompt(status, duration_ms)),
        Cmd::Ticket => ticket::refresh_from_stdin(),
    }
}
