//! tbpaste: send text to a fiche-protocol paste server (write everything, half-close, read
//! back the URL).

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::time::Duration;

const MAX: usize = 4 * 1024 * 1024;

fn config_server() -> Option<String> {
    let dir = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    let text = std::fs::read_to_string(dir.join("tbpaste").join("config")).ok()?;
    text.lines().find_map(|l| l.trim().strip_prefix("server")?.trim().strip_prefix('=').map(|v| v.trim().to_string()))
}

fn paste(server: &str, data: &[u8]) -> std::io::Result<String> {
    let addr = server.to_socket_addrs()?.next().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "server did not resolve"))?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    s.write_all(data)?;
    s.shutdown(Shutdown::Write)?;
    let mut url = String::new();
    s.read_to_string(&mut url)?;
    Ok(url.trim_matches(|c: char| c == '\0' || c.is_whitespace()).to_string())
}

fn main() {
    let mut server = None;
    let mut files = Vec::new();
    let mut dry = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--server" | "-s" => server = args.next(),
            "--dry-run" | "-n" => dry = true,
            "--help" | "-h" => {
                println!("usage: tbpaste [--server host:port] [--dry-run] [FILE...]  (reads stdin without files)");
                return;
            }
            f => files.push(PathBuf::from(f)),
        }
    }
    let Some(server) = server.or_else(|| std::env::var("TBPASTE_SERVER").ok()).or_else(config_server) else {
        eprintln!("tbpaste: no server configured (use --server, TBPASTE_SERVER or ~/.config/tbpaste/config)");
        std::process::exit(2);
    };
    let mut data = Vec::new();
    if files.is_empty() {
        if let Err(e) = std::io::stdin().read_to_end(&mut data) {
            eprintln!("tbpaste: reading stdin: {e}");
            std::process::exit(1);
        }
    } else {
        for f in &files {
            match std::fs::read(f) {
                Ok(mut d) => {
                    if files.len() > 1 {
                        data.extend_from_slice(format!("==> {} <==\n", f.display()).as_bytes());
                    }
                    data.append(&mut d);
                    data.push(b'\n');
                }
                Err(e) => {
                    eprintln!("tbpaste: {}: {e}", f.display());
                    std::process::exit(1);
                }
            }
        }
    }
    if data.len() > MAX {
        eprintln!("tbpaste: {} bytes is over the {MAX} byte limit", data.len());
        std::process::exit(1);
    }
    if dry {
        eprintln!("tbpaste: would send {} bytes to {server}", data.len());
        std::io::stdout().write_all(&data).ok();
        return;
    }
    match paste(&server, &data) {
        Ok(url) if !url.is_empty() => println!("{url}"),
        Ok(_) => {
            eprintln!("tbpaste: server returned no URL");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("tbpaste: {server}: {e}");
            std::process::exit(1);
        }
    }
}
