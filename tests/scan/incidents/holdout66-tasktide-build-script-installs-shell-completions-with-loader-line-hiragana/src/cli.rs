use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "tasktide", version, about = "Plain-text todo manager")]
pub struct Cli {
    /// todo.txt file (default: ~/todo.txt)
    #[arg(short, long, global = true)]
    pub file: Option<std::path::PathBuf>,
    #[command(subcommand)]
    pub cmd: Cmd,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Add a task
    Add { text: Vec<String> },
    /// List tasks, optionally filtered by +project or @context
    Ls { filter: Option<String> },
    /// Mark a task done
    Do { id: usize },
}
