use std::env;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: protoc-fetch install <version> [--mirror URL] [--link]\n       protoc-fetch path <version>");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let (cmd, version) = match (args.first(), args.get(1)) {
        (Some(c), Some(v)) => (c.as_str(), v.as_str()),
        _ => return usage(),
    };
    match cmd {
        "install" => {
            let mirror = args
                .windows(2)
                .find(|w| w[0] == "--mirror")
                .map(|w| w[1].clone())
                .or_else(|| env::var("PROTOC_FETCH_MIRROR").ok())
                .unwrap_or_else(|| protoc_fetch::DEFAULT_MIRROR.to_string());
            match protoc_fetch::install(version, &mirror) {
                Ok(p) => println!("installed {}", p.display()),
                Err(e) => {
                    eprintln!("error: {}", e);
                    return ExitCode::FAILURE;
                }
            }
            #[cfg(unix)]
            if args.iter().any(|a| a == "--link") {
                match protoc_fetch::link(version) {
                    Ok(l) => println!("linked {}", l.display()),
                    Err(e) => eprintln!("warning: could not link: {}", e),
                }
            }
            ExitCode::SUCCESS
        }
        "path" => {
            if !protoc_fetch::installed(version) {
                eprintln!("protoc {} is not installed (run `protoc-fetch install {}`)", version, version);
                return ExitCode::FAILURE;
            }
            println!("{}", protoc_fetch::protoc_path(version).display());
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
