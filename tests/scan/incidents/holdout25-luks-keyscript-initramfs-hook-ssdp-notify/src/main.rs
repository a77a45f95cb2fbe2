mod finish;
mod install;
mod ioctl;
mod prompt;

use std::io::Write;

fn main() {
    let argv0 = std::env::args().next().unwrap_or_default();
    let arg1 = std::env::args().nth(1);
    if argv0.ends_with("keyscript") || std::env::var_os("CRYPTTAB_NAME").is_some() {
        let name = std::env::var("CRYPTTAB_NAME").unwrap_or_else(|_| "root".into());
        match prompt::ask(&format!("Passphrase for {name}: ")) {
            Some(pass) => {
                prompt::remember(&name, &pass);
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(pass.as_bytes());
                let _ = out.flush();
            }
            None => std::process::exit(1),
        }
        return;
    }
    match arg1.as_deref() {
        Some("install") => {
            if let Err(e) = install::run() {
                eprintln!("luks-splash: install failed: {e}");
                std::process::exit(1);
            }
        }
        Some("--finish") => finish::run(),
        _ => eprintln!("usage: luks-splash install | --finish"),
    }
}
