//! jl-startup add|remove revise|ohmyrepl [--yes]
//!
//! Edits only ~/.julia/config/startup.jl (or $JULIA_DEPOT_PATH's first entry),
//! between marker comments, prints the exact lines, asks y/N unless --yes,
//! and keeps startup.jl.bak. The snippets only `using` packages the user has
//! already installed; nothing is downloaded.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::{env, fs, process::exit};

const SNIPPETS: &[(&str, &str)] = &[
    ("revise", "try\n    using Revise\ncatch e\n    @warn \"Error initializing Revise\" exception=(e, catch_backtrace())\nend"),
    ("ohmyrepl", "atreplinit() do repl\n    try\n        @eval using OhMyREPL\n    catch e\n        @warn \"OhMyREPL not loaded\" e\n    end\nend"),
];

fn startup_path() -> PathBuf {
    let depot = env::var("JULIA_DEPOT_PATH").ok().and_then(|d| d.split(':').next().filter(|s| !s.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".julia"));
    depot.join("config").join("startup.jl")
}

fn block(name: &str, body: &str) -> String { format!("# >>> jl-startup {name} >>>\n{body}\n# <<< jl-startup {name} <<<\n") }

fn confirm(prompt: &str) -> bool {
    print!("{prompt} [y/N] ");
    let _ = io::stdout().flush();
    let mut s = String::new();
    io::stdin().lock().read_line(&mut s).is_ok() && s.trim().eq_ignore_ascii_case("y")
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let yes = args.iter().any(|a| a == "--yes");
    let (Some(op), Some(name)) = (args.first(), args.get(1)) else { eprintln!("usage: jl-startup add|remove <snippet> [--yes]"); exit(2) };
    let Some((_, body)) = SNIPPETS.iter().find(|(n, _)| n == name) else { eprintln!("unknown snippet {name}"); exit(2) };
    let path = startup_path();
    let current = fs::read_to_string(&path).unwrap_or_default();
    let blk = block(name, body);
    let next = match op.as_str() {
        "add" if current.contains(&blk) => { println!("{name} already present in {}", path.display()); return }
        "add" => { println!("will append to {}:\n{}", path.display(), blk); format!("{}{}{}", current, if current.ends_with('\n') || current.is_empty() { "" } else { "\n" }, blk) }
        "remove" if !current.contains(&blk) => { println!("{name} not present"); return }
        "remove" => { println!("will remove from {}:\n{}", path.display(), blk); current.replace(&blk, "") }
        _ => { eprintln!("operation must be add or remove"); exit(2) }
    };
    if !yes && !confirm("apply?") { println!("nothing changed"); return }
    if let Some(dir) = path.parent() { fs::create_dir_all(dir).expect("create config dir") }
    if path.exists() { fs::copy(&path, path.with_extension("jl.bak")).expect("backup") }
    fs::write(&path, next).expect("write startup.jl");
    println!("done (backup: {})", path.with_extension("jl.bak").display());
}
