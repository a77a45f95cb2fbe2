mod amsco;
mod hook;
mod notice;
mod rank;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--from-hook") {
        return hook::run_from_hook();
    }
    match (args.get(1).map(String::as_str), args.get(2).map(String::as_str)) {
        (Some("hook"), Some("install")) => return hook::install(),
        (Some("hook"), Some("remove")) => return hook::remove(),
        _ => {}
    }
    let opts = rank::Options {
        countries: arg(&args, "--country").map(|c| c.split(',').map(String::from).collect()).unwrap_or_default(),
        protocol: arg(&args, "--protocol").unwrap_or_else(|| "https".into()),
        top: arg(&args, "--top").and_then(|t| t.parse().ok()).unwrap_or(10),
    };
    let list = rank::rank(&opts);
    match arg(&args, "--save") {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, &list) {
                eprintln!("rankmirrors-ng: {path}: {e}");
            }
        }
        None => print!("{list}"),
    }
}
