use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{exit, Command};
use toml_edit::{value, DocumentMut, Item, Table};

fn usage() -> ! {
    eprintln!("usage: cargo flashrun init --chip <CHIP> [--target <TRIPLE>] [--yes|--print]\n       cargo-flashrun run --chip <CHIP> <ELF> [args...]");
    exit(2)
}

fn arg_value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn project_root() -> io::Result<PathBuf> {
    let mut dir = std::env::current_dir()?;
    loop {
        if dir.join("Cargo.toml").exists() {
            return Ok(dir);
        }
        if !dir.pop() {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no Cargo.toml above the current directory"));
        }
    }
}

fn confirm(prompt: &str) -> bool {
    eprint!("{prompt} [y/N] ");
    let _ = io::stderr().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn init(args: &[String]) -> io::Result<()> {
    let chip = arg_value(args, "--chip").unwrap_or_else(|| usage());
    let root = project_root()?;
    let cfg_path = root.join(".cargo/config.toml");
    let old = std::fs::read_to_string(&cfg_path).unwrap_or_default();
    let mut doc: DocumentMut = old.parse().map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{e}")))?;
    let target = arg_value(args, "--target")
        .or_else(|| doc.get("build").and_then(|b| b.get("target")).and_then(|t| t.as_str()).map(str::to_string))
        .unwrap_or_else(|| {
            eprintln!("no --target given and no build.target in .cargo/config.toml");
            exit(2)
        });
    if !target.contains("-none-") {
        eprintln!("{target} is not a bare-metal target; refusing to set a runner for it");
        exit(2);
    }
    let runner = format!("cargo-flashrun run --chip {chip}");
    if args.iter().any(|a| a == "--print") {
        println!("[target.{target}]\nrunner = \"{runner}\"");
        return Ok(());
    }
    let t = doc.entry("target").or_insert(Item::Table(Table::new())).as_table_mut().unwrap();
    t.set_implicit(true);
    let entry = t.entry(&target).or_insert(Item::Table(Table::new()));
    entry["runner"] = value(runner.clone());
    eprintln!("Will write {} in {}:\n  [target.{target}]\n+ runner = \"{runner}\"", rel(&cfg_path, &root), root.display());
    if !args.iter().any(|a| a == "--yes") && !confirm("Proceed?") {
        eprintln!("nothing written");
        return Ok(());
    }
    std::fs::create_dir_all(cfg_path.parent().unwrap())?;
    if !old.is_empty() {
        std::fs::write(cfg_path.with_extension("toml.bak"), &old)?;
    }
    std::fs::write(&cfg_path, doc.to_string())?;
    eprintln!("wrote {}", rel(&cfg_path, &root));
    Ok(())
}

fn rel(p: &Path, root: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

fn run(args: &[String]) -> io::Result<()> {
    let chip = arg_value(args, "--chip").unwrap_or_else(|| usage());
    let i = args.iter().position(|a| a == "--chip").unwrap() + 2;
    let elf = args.get(i).unwrap_or_else(|| usage());
    let status = Command::new("probe-rs").args(["run", "--chip", &chip]).arg(elf).args(&args[i + 1..]).status()?;
    exit(status.code().unwrap_or(1))
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("flashrun") {
        args.remove(0); // invoked as `cargo flashrun`
    }
    let res = match args.first().map(String::as_str) {
        Some("init") => init(&args[1..]),
        Some("run") => run(&args[1..]),
        _ => usage(),
    };
    if let Err(e) = res {
        eprintln!("cargo-flashrun: {e}");
        exit(1);
    }
}
