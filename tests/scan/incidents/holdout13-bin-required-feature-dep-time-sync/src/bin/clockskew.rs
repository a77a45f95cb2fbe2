use std::process::ExitCode;

fn main() -> ExitCode {
    let mut max_ms = 500.0;
    let mut servers: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--max-ms" => max_ms = args.next().and_then(|v| v.parse().ok()).unwrap_or(max_ms),
            s => servers.push(if s.contains(':') { s.to_owned() } else { format!("{s}:123") }),
        }
    }
    if servers.is_empty() {
        servers = vec!["ntp1.example:123".into(), "ntp2.example:123".into(), "ntp3.example:123".into()];
    }
    let refs: Vec<&str> = servers.iter().map(String::as_str).collect();
    match clockskew::measure(&refs) {
        Ok(s) => {
            let ms = s.offset * 1e3;
            println!("offset {ms:+.3} ms, delay {:.3} ms, stratum {}", s.delay * 1e3, s.stratum);
            if ms.abs() > max_ms { ExitCode::from(2) } else { ExitCode::SUCCESS }
        }
        Err(e) => {
            eprintln!("clockskew: {e:?}");
            ExitCode::from(3)
        }
    }
}
