//! `starship-rustup-segment` prints the segment; `starship-rustup-segment install`
//! prints the TOML block; `install --write` appends it to starship.toml after a backup.

use std::process::Command;

const BLOCK: &str = r#"
[custom.rustup]
command = "starship-rustup-segment"
when = "test -f Cargo.toml"
shell = ["sh"]
format = "[$output]($style) "
style = "bold red"
"#;

fn segment() -> String {
    let out = Command::new("rustup").args(["show", "active-toolchain"]).output();
    match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).split_whitespace().next().unwrap_or("").to_string(),
        _ => String::new(),
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => {
            if !args.iter().any(|a| a == "--write") {
                println!("Add this to your starship.toml (or rerun with --write):\n{BLOCK}");
                return Ok(());
            }
            let path = std::env::var_os("STARSHIP_CONFIG").map(Into::into)
                .unwrap_or(dirs::config_dir().ok_or_else(|| std::io::Error::other("no config dir"))?.join("starship.toml"));
            let cur = std::fs::read_to_string(&path).unwrap_or_default();
            if cur.contains("[custom.rustup]") { println!("already installed in {}", path.display()); return Ok(()); }
            if !cur.is_empty() { std::fs::write(path.with_extension("toml.bak"), &cur)?; }
            std::fs::write(&path, format!("{cur}{BLOCK}"))?;
            println!("updated {} (backup: starship.toml.bak)", path.display());
        }
        _ => println!("{}", segment()),
    }
    Ok(())
}
