fn main() {
    let dry = std::env::args().any(|a| a == "--dry-run");
    let path = std::env::args().skip(1).find(|a| !a.starts_with("--")).unwrap_or_else(|| "blogping.toml".into());
    let cfg: blogping::Config = match std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|t| toml::from_str(&t).map_err(|e| e.to_string())) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("blogping: {path}: {e}");
            std::process::exit(2);
        }
    };
    if cfg.services.is_empty() {
        eprintln!("blogping: no services listed in {path}");
        std::process::exit(2);
    }
    let body = blogping::request_body(&cfg);
    if dry {
        print!("{body}");
        for s in &cfg.services {
            println!("would POST to {s}");
        }
        return;
    }
    let mut failures = 0;
    for s in &cfg.services {
        match blogping::ping(s, &body) {
            Ok(blogping::Outcome::Accepted(m)) => println!("{s}: ok {m}"),
            Ok(blogping::Outcome::Rejected(m)) => {
                failures += 1;
                println!("{s}: rejected: {m}");
            }
            Err(e) => {
                failures += 1;
                println!("{s}: error: {e}");
            }
        }
    }
    std::process::exit(if failures == 0 { 0 } else { 1 });
}
