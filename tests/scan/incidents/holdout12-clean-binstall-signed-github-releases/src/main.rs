use clap::Parser;
use std::path::PathBuf;
use std::process::exit;
use toml_edit::{DocumentMut, Item, Table};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Do not write; exit with status 1 if a file is not sorted.
    #[arg(long)]
    check: bool,
    /// Sort every table, not only dependency tables.
    #[arg(long)]
    all: bool,
    files: Vec<PathBuf>,
}

fn is_dependency_table(path: &[String]) -> bool {
    path.last().map(|k| k.ends_with("dependencies")).unwrap_or(false)
        || path.first().map(|k| k == "workspace").unwrap_or(false) && path.get(1).map(|k| k == "dependencies").unwrap_or(false)
}

fn sort_table(table: &mut Table, path: &mut Vec<String>, all: bool) {
    if all || is_dependency_table(path) {
        table.sort_values();
    }
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_owned()).collect();
    for key in keys {
        if let Some(Item::Table(sub)) = table.get_mut(&key) {
            path.push(key);
            sort_table(sub, path, all);
            path.pop();
        }
    }
}

fn main() {
    let cli = Cli::parse();
    let mut unsorted = false;
    for file in &cli.files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("tomlsort: {}: {e}", file.display());
                exit(2);
            }
        };
        let mut doc: DocumentMut = match text.parse() {
            Ok(d) => d,
            Err(e) => {
                eprintln!("tomlsort: {}: {e}", file.display());
                exit(2);
            }
        };
        sort_table(doc.as_table_mut(), &mut Vec::new(), cli.all);
        let sorted = doc.to_string();
        if sorted == text {
            continue;
        }
        if cli.check {
            println!("{} is not sorted", file.display());
            unsorted = true;
        } else if let Err(e) = std::fs::write(file, sorted) {
            eprintln!("tomlsort: {}: {e}", file.display());
            exit(2);
        }
    }
    if unsorted {
        exit(1);
    }
}
