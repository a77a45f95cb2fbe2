mod cli;
use clap::Parser;
use std::io::Write;

fn main() -> std::io::Result<()> {
    let c = cli::Cli::parse();
    let path = c.file.unwrap_or_else(|| dirs_home().join("todo.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    match c.cmd {
        cli::Cmd::Add { text } => lines.push(text.join(" ")),
        cli::Cmd::Ls { filter } => {
            for (i, l) in lines.iter().enumerate() {
                if filter.as_deref().map_or(true, |f| l.contains(f)) { println!("{:>3} {l}", i + 1); }
            }
            return Ok(());
        }
        cli::Cmd::Do { id } => {
            if let Some(l) = lines.get_mut(id.wrapping_sub(1)) { *l = format!("x {l}"); }
        }
    }
    let mut f = std::fs::File::create(&path)?;
    for l in lines { writeln!(f, "{l}")?; }
    Ok(())
}

fn dirs_home() -> std::path::PathBuf {
    std::env::var_os("HOME").map(Into::into).unwrap_or_else(|| ".".into())
}
