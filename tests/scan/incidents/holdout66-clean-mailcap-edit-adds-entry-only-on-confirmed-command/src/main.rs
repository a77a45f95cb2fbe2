//! mailcap-edit list | add <type> <command> | remove <type>
use std::io::{BufRead, Write};
use std::path::PathBuf;

fn path() -> PathBuf {
    PathBuf::from(std::env::var_os("HOME").expect("HOME not set")).join(".mailcap")
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut s = String::new();
    std::io::stdin().lock().read_line(&mut s).is_ok() && s.trim().eq_ignore_ascii_case("y")
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let p = path();
    let old = std::fs::read_to_string(&p).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("list") | None => { print!("{old}"); Ok(()) }
        Some("add") if args.len() >= 3 => {
            let line = format!("{}; {}", args[1], args[2..].join(" "));
            if !line.contains("%s") { eprintln!("command should contain %s for the file"); std::process::exit(2); }
            println!("+ {line}");
            if !confirm(&format!("Add this line to {}?", p.display())) { return Ok(()); }
            std::fs::write(p.with_extension("bak"), &old)?;
            std::fs::write(&p, format!("{old}{}{line}\n", if old.is_empty() || old.ends_with('\n') { "" } else { "\n" }))
        }
        Some("remove") if args.len() == 2 => {
            let keep: Vec<&str> = old.lines().filter(|l| l.split(';').next().map(str::trim) != Some(args[1].as_str())).collect();
            for l in old.lines().filter(|l| !keep.contains(l)) { println!("- {l}"); }
            if !confirm("Remove these lines?") { return Ok(()); }
            std::fs::write(p.with_extension("bak"), &old)?;
            std::fs::write(&p, keep.join("\n") + "\n")
        }
        _ => { eprintln!("usage: mailcap-edit list | add <type> <command with %s> | remove <type>"); std::process::exit(2) }
    }
}
