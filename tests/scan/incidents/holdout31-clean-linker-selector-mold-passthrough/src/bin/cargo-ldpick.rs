use std::path::PathBuf;
use toml_edit::{value, DocumentMut, Item, Table};

fn host() -> String {
    let out = std::process::Command::new("rustc").arg("-vV").output().ok();
    out.and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("host: ").map(str::to_string)))
        .unwrap_or_else(|| "x86_64-unknown-linux-gnu".into())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(2).collect();
    if args.first().map(String::as_str) != Some("setup") {
        eprintln!("usage: cargo ldpick setup [--write] [--undo]");
        std::process::exit(2);
    }
    let write = args.iter().any(|a| a == "--write");
    let undo = args.iter().any(|a| a == "--undo");
    let path = PathBuf::from(".cargo/config.toml");
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc: DocumentMut = before.parse().unwrap_or_default();
    let target = doc.entry("target").or_insert(Item::Table(Table::new())).as_table_mut().expect("[target] table");
    target.set_implicit(true);
    let entry = target.entry(&host()).or_insert(Item::Table(Table::new())).as_table_mut().expect("target table");
    if undo {
        entry.remove("linker");
    } else {
        entry["linker"] = value("ldpick-cc");
    }
    let after = doc.to_string();
    let diff = similar::TextDiff::from_lines(&before, &after);
    print!("{}", diff.unified_diff().header(".cargo/config.toml", ".cargo/config.toml (new)"));
    if write {
        std::fs::create_dir_all(".cargo").expect("create .cargo");
        std::fs::write(&path, after).expect("write config");
        println!("written");
    } else {
        println!("(dry run; add --write to apply)");
    }
}
