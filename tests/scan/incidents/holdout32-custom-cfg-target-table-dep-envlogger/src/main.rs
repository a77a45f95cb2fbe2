use clap::Parser;
use std::path::PathBuf;

mod scan;
mod xml;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The site's output directory
    root: PathBuf,
    /// Public base URL, e.g. https://www.example.com
    #[arg(long)]
    base_url: String,
    /// Output file (default: <root>/sitemap.xml)
    #[arg(long)]
    out: Option<PathBuf>,
    /// Glob-ish excludes (prefix match, or *.ext)
    #[arg(long, default_values_t = ["404.html".to_string(), "drafts/".to_string()])]
    exclude: Vec<String>,
}

#[cfg(trace_logs)]
fn init_logging() {
    envlogger::init();
}

#[cfg(not(trace_logs))]
fn init_logging() {}

fn main() -> std::io::Result<()> {
    init_logging();
    let args = Args::parse();
    let pages = scan::pages(&args.root, &args.exclude);
    log::info!("{} pages", pages.len());
    let out = args.out.unwrap_or_else(|| args.root.join("sitemap.xml"));
    xml::write(&out, &args.base_url, &pages)
}
