use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str);
    match args.first().map(String::as_str) {
        Some("update") => {
            let release = flag("--release").unwrap_or(tzdb_fetch::pins::newest());
            let mirror = flag("--mirror").unwrap_or(tzdb_fetch::DEFAULT_MIRROR);
            match tzdb_fetch::update(mirror, release, flag("--sha256")) {
                Ok(dir) => {
                    println!("tzdata {release} verified and unpacked to {}", dir.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("update failed: {e:?}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("list") => {
            for (r, d) in tzdb_fetch::pins::PINNED {
                let mark = if tzdb_fetch::installed().iter().any(|i| i == r) { "*" } else { " " };
                println!("{mark} {r} sha256:{d}");
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: tzdb-fetch update [--release R] [--mirror URL] [--sha256 HEX] | list");
            ExitCode::from(2)
        }
    }
}
