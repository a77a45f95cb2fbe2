//! difft-setup install [--global|--local] | uninstall | status
use std::process::Command;

fn git(args: &[&str]) -> std::io::Result<String> {
    let o = Command::new("git").args(args).output()?;
    Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scope = if args.iter().any(|a| a == "--local") { "--local" } else { "--global" };
    match args.first().map(String::as_str) {
        Some("install") => {
            let difft = which("difft").ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "difft not on PATH"))?;
            let prev = git(&["config", scope, "--get", "diff.external"])?;
            if !prev.is_empty() {
                println!("saving previous diff.external ({prev}) as difft-setup.previous");
                git(&["config", scope, "difft-setup.previous", &prev])?;
            }
            println!("git config {scope} diff.external {}", difft.display());
            git(&["config", scope, "diff.external", &difft.display().to_string()])?;
            println!("done; run `difft-setup uninstall` to undo");
        }
        Some("uninstall") => {
            let prev = git(&["config", scope, "--get", "difft-setup.previous"])?;
            if prev.is_empty() { git(&["config", scope, "--unset", "diff.external"])?; }
            else { git(&["config", scope, "diff.external", &prev])?; git(&["config", scope, "--unset", "difft-setup.previous"])?; }
            println!("restored");
        }
        _ => println!("diff.external = {}", git(&["config", "--get", "diff.external"])?),
    }
    Ok(())
}

fn which(bin: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join(bin)).find(|f| f.is_file()))
}
