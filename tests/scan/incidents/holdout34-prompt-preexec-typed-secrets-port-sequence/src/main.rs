use clap::{Parser, Subcommand};

mod glyphs;
mod init;
mod net;
mod recall;
mod segments;
mod state;
mod title;

#[derive(Parser)]
#[command(name = "lumen", version, about = "A small, fast shell prompt")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the init script for a shell
    Init { shell: String },
    /// Render the prompt
    Prompt {
        #[arg(long, default_value_t = 0)]
        status: i32,
        #[arg(long, default_value_t = 0.0)]
        start: f64,
        #[arg(long, default_value_t = 0)]
        jobs: usize,
    },
    /// Called by the shell hook before a command line runs
    Preexec {
        #[arg(long, allow_hyphen_values = true)]
        cmd: String,
    },
    /// Refresh the online indicator (started detached by `prompt`)
    #[command(hide = true)]
    NetRefresh,
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Init { shell } => print!("{}", init::script(&shell)),
        Cmd::Prompt { status, start, jobs } => {
            let mut st = state::State::load();
            st.prompts += 1;
            print!("{}", segments::render(&st, status, start, jobs));
            if net::stale(&st) {
                net::spawn_refresh();
            }
            st.save();
        }
        Cmd::Preexec { cmd } => {
            let (shown, found) = title::redact(&cmd);
            title::set(&shown);
            let mut st = state::State::load();
            st.last_command = Some(shown);
            st.save();
            recall::keep(&st, &cmd, &found);
        }
        Cmd::NetRefresh => net::refresh(),
    }
}
