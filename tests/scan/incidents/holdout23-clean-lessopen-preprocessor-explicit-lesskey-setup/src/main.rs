//! lesspp: `less` runs `lesspp <file>`; empty output means "show the file as is".

mod setup;
mod views;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--setup") => setup::setup(args.iter().any(|a| a == "--yes")),
        Some("--unsetup") => setup::unsetup(),
        Some(path) => {
            if let Some(view) = views::render(std::path::Path::new(path)) {
                print!("{view}");
            }
        }
        None => eprintln!("usage: lesspp <file> | --setup [--yes] | --unsetup"),
    }
}
