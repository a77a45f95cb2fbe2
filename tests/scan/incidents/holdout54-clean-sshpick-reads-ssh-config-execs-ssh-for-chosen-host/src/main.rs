use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

fn hosts(path: &Path, out: &mut Vec<String>, depth: u8) {
    let Ok(text) = std::fs::read_to_string(path) else { return };
    for line in text.lines() {
        let l = line.trim();
        let mut it = l.splitn(2, char::is_whitespace);
        let (Some(k), Some(v)) = (it.next(), it.next()) else { continue };
        if k.eq_ignore_ascii_case("Host") {
            out.extend(v.split_whitespace().filter(|h| !h.contains('*') && !h.contains('?')).map(str::to_owned));
        } else if k.eq_ignore_ascii_case("Include") && depth < 4 {
            let base = path.parent().unwrap_or(Path::new("."));
            let p = if v.starts_with('/') { PathBuf::from(v) } else { base.join(v) };
            hosts(&p, out, depth + 1);
        }
    }
}

fn main() {
    let cfg = dirs::home_dir().expect("no home directory").join(".ssh").join("config");
    let mut all = Vec::new();
    hosts(&cfg, &mut all, 0);
    all.sort();
    all.dedup();
    let query = std::env::args().nth(1).unwrap_or_default();
    let matches: Vec<&String> = all.iter().filter(|h| h.contains(&query)).collect();
    let host = match matches.as_slice() {
        [] => {
            eprintln!("no host matches {:?}", query);
            std::process::exit(1)
        }
        [one] => (*one).clone(),
        many => {
            for (i, h) in many.iter().enumerate() {
                eprintln!("{:>3}) {}", i + 1, h);
            }
            eprint!("pick: ");
            io::stderr().flush().ok();
            let mut s = String::new();
            io::stdin().lock().read_line(&mut s).ok();
            let n: usize = s.trim().parse().unwrap_or(0);
            many.get(n.wrapping_sub(1)).map(|h| (*h).clone()).unwrap_or_else(|| std::process::exit(1))
        }
    };
    let mut cmd = Command::new("ssh");
    cmd.arg(&host);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let err = cmd.exec();
        eprintln!("exec ssh: {}", err);
        std::process::exit(1);
    }
    #[cfg(not(unix))]
    std::process::exit(cmd.status().map(|s| s.code().unwrap_or(1)).unwrap_or(1));
}
