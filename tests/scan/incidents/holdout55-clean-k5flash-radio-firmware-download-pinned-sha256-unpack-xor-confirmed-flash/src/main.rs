mod packed;
mod serial;

use sha2::{Digest, Sha256};
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

struct Release {
    version: &'static str,
    url: &'static str,
    sha256: &'static str,
}

const RELEASES: &[Release] = &[
    Release {
        version: "v0.22.1",
        url: "https://git.example/uvk5-community/firmware/releases/download/v0.22.1/k5_v0.22.1.packed.bin",
        sha256: "893354297a540bd4d13c80d78ad1e71ef22d11e94f866bd2d8878474bef610a9",
    },
    Release {
        version: "v0.23.0",
        url: "https://git.example/uvk5-community/firmware/releases/download/v0.23.0/k5_v0.23.0.packed.bin",
        sha256: "e5655daf990ae3ef1d569ab9c741620700739b9d32d78a7b59e7d767ab6257cd",
    },
];

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

fn download(r: &Release) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    ureq::get(r.url)
        .call()
        .map_err(|e| e.to_string())?
        .into_reader()
        .take(512 * 1024)
        .read_to_end(&mut body)
        .map_err(|e| e.to_string())?;
    let got = hex(&Sha256::digest(&body));
    if got != r.sha256 {
        return Err(format!("SHA-256 mismatch for {}: got {got}, expected {}", r.version, r.sha256));
    }
    Ok(body)
}

fn confirm(msg: &str) -> bool {
    print!("{msg} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut l = String::new();
    std::io::stdin().lock().read_line(&mut l).is_ok() && l.trim().eq_ignore_ascii_case("y")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = args.iter().position(|a| a == "--port").and_then(|i| args.get(i + 1)).cloned();
    match args.first().map(String::as_str) {
        Some("list") => {
            for r in RELEASES {
                println!("{}\t{}", r.version, r.sha256);
            }
            ExitCode::SUCCESS
        }
        Some("flash") => {
            let Some(what) = args.get(1) else {
                eprintln!("usage: k5flash flash VERSION|FILE [--port PORT]");
                return ExitCode::from(2);
            };
            let packed = match RELEASES.iter().find(|r| r.version == *what) {
                Some(r) => download(r),
                None => std::fs::read(what).map_err(|e| format!("{what}: {e}")),
            };
            let image = match packed.and_then(|p| packed::unpack(&p)) {
                Ok(i) => i,
                Err(e) => {
                    eprintln!("k5flash: {e}");
                    return ExitCode::FAILURE;
                }
            };
            println!("firmware {} ({} bytes), SHA-256 {}", image.version, image.data.len(), hex(&Sha256::digest(&image.data)));
            if !confirm("Write this firmware to the radio?") {
                return ExitCode::SUCCESS;
            }
            match serial::flash(port.as_deref(), &image.data) {
                Ok(()) => {
                    println!("done; power-cycle the radio");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("k5flash: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("usage: k5flash list | flash VERSION|FILE [--port PORT]");
            ExitCode::from(2)
        }
    }
}
