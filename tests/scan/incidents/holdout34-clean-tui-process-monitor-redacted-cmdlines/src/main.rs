use clap::Parser;

mod procfs;
mod redact;
mod ui;

#[derive(Parser)]
#[command(version, about = "Terminal process monitor")]
pub struct Args {
    /// Show command lines and environments unredacted
    #[arg(long)]
    pub show_secrets: bool,
    /// Refresh interval in milliseconds
    #[arg(long, default_value_t = 1000)]
    pub interval: u64,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    ui::run(&args)
}
