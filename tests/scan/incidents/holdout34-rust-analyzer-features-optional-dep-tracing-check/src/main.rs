use clap::Parser;
use std::io::BufRead;
use std::sync::mpsc;

mod app;
mod checks;
mod filter;
mod ui;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Files to follow (stdin when empty)
    files: Vec<std::path::PathBuf>,
    /// Initial filter
    #[arg(long = "where")]
    filter: Option<String>,
    /// Initial columns (comma separated field paths)
    #[arg(long, value_delimiter = ',')]
    columns: Vec<String>,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let (_guard, writer) = tracing_appender::non_blocking(tracing_appender::rolling::never(std::env::temp_dir(), "tuiq.log"));
    tracing_subscriber::fmt().with_writer(writer).with_env_filter(tracing_subscriber::EnvFilter::from_env("TUIQ_LOG")).init();
    checks::install();

    let (tx, rx) = mpsc::channel::<String>();
    if args.files.is_empty() {
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
    } else {
        for f in args.files.clone() {
            let tx = tx.clone();
            std::thread::spawn(move || app::follow(&f, tx));
        }
    }

    let mut app = app::App::new(args.columns, args.filter.as_deref());
    ui::run(&mut app, rx)
}
