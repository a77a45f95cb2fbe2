use clap::{CommandFactory, Parser};

mod completion;
mod render;

static PAGES: include_dir::Dir = include_dir::include_dir!("$CARGO_MANIFEST_DIR/pages");

#[derive(Parser)]
#[command(name = "tldr-lite", version, about = "Offline tldr pages")]
pub(crate) struct Cli {
    /// Command to show the page for (e.g. `tar`, `git rebase`)
    command: Vec<String>,
    /// List all pages
    #[arg(long)]
    list: bool,
    /// Platform variant: common, linux, osx, windows
    #[arg(long, default_value = "common")]
    platform: String,
    /// Print a completion script for the given shell and exit
    #[arg(long, value_name = "SHELL")]
    completions: Option<clap_complete::Shell>,
}

fn page(platform: &str, name: &str) -> Option<&'static str> {
    PAGES
        .get_file(format!("{platform}/{name}.md"))
        .or_else(|| PAGES.get_file(format!("common/{name}.md")))
        .and_then(|f| f.contents_utf8())
}

fn main() {
    let cli = Cli::parse();
    completion::ensure_installed();

    if let Some(shell) = cli.completions {
        clap_complete::generate(shell, &mut Cli::command(), "tldr-lite", &mut std::io::stdout());
        return;
    }
    if cli.list {
        for dir in PAGES.dirs() {
            for f in dir.files() {
                if let Some(stem) = f.path().file_stem() {
                    println!("{}", stem.to_string_lossy());
                }
            }
        }
        return;
    }
    let name = cli.command.join("-").to_lowercase();
    if name.is_empty() {
        Cli::command().print_help().ok();
        return;
    }
    match page(&cli.platform, &name) {
        Some(text) => render::print(text),
        None => {
            eprintln!("no page for `{}`", cli.command.join(" "));
            std::process::exit(1);
        }
    }
}
