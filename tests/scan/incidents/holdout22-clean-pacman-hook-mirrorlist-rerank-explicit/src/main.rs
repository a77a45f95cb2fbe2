use serde::Deserialize;
use std::time::Duration;

const STATUS: &str = "https://archlinux.org/mirrors/status/json/";
const HOOK_PATH: &str = "/etc/pacman.d/hooks/mirrorlist-refresh.hook";
const CONF: &str = "/etc/mirrorlist-refresh.conf";

#[derive(Deserialize)]
struct Mirror {
    url: String,
    protocol: String,
    country_code: String,
    completion_pct: Option<f64>,
    score: Option<f64>,
    active: bool,
}

#[derive(Deserialize)]
struct Status {
    urls: Vec<Mirror>,
}

fn hook_text(bin: &str) -> String {
    format!(
        "[Trigger]\nOperation = Upgrade\nType = Package\nTarget = pacman-mirrorlist\n\n\
         [Action]\nDescription = Re-ranking mirrorlist...\nWhen = PostTransaction\nDepends = pacman-mirrorlist\n\
         Exec = {bin} --from-hook\n"
    )
}

fn rank(countries: &[String], top: usize) -> Result<String, String> {
    let status: Status = ureq::get(STATUS)
        .timeout(Duration::from_secs(20))
        .call()
        .map_err(|e| e.to_string())?
        .into_json()
        .map_err(|e| e.to_string())?;
    let mut ok: Vec<Mirror> = status
        .urls
        .into_iter()
        .filter(|m| m.active && m.protocol == "https" && m.completion_pct.unwrap_or(0.0) >= 1.0)
        .filter(|m| countries.is_empty() || countries.iter().any(|c| c.eq_ignore_ascii_case(&m.country_code)))
        .collect();
    ok.sort_by(|a, b| a.score.unwrap_or(f64::MAX).total_cmp(&b.score.unwrap_or(f64::MAX)));
    let mut out = String::from("## Ranked by mirrorlist-refresh from archlinux.org status\n");
    for m in ok.into_iter().take(top) {
        out.push_str(&format!("## {}\nServer = {}$repo/os/$arch\n", m.country_code, m.url));
    }
    Ok(out)
}

fn countries_from(args: &[String]) -> Vec<String> {
    if let Some(i) = args.iter().position(|a| a == "--country") {
        return args.get(i + 1).map(|c| c.split(',').map(String::from).collect()).unwrap_or_default();
    }
    std::fs::read_to_string(CONF)
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("countries="))
        .map(|c| c.split(',').map(|s| s.trim().to_string()).collect())
        .unwrap_or_default()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bin = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let root = unsafe { libc::geteuid() } == 0;
    match (args.first().map(String::as_str), args.get(1).map(String::as_str)) {
        (Some("hook"), Some("show")) => print!("{}", hook_text(&bin)),
        (Some("hook"), Some("install")) => {
            if !args.iter().any(|a| a == "--yes") {
                eprintln!("this will write {HOOK_PATH}:\n\n{}\nre-run with --yes", hook_text(&bin));
                std::process::exit(2);
            }
            if !root {
                eprintln!("run with sudo");
                std::process::exit(1);
            }
            let _ = std::fs::create_dir_all("/etc/pacman.d/hooks");
            std::fs::write(HOOK_PATH, hook_text(&bin)).expect("write hook");
            println!("installed {HOOK_PATH}");
        }
        (Some("hook"), Some("remove")) => {
            let _ = std::fs::remove_file(HOOK_PATH);
            println!("removed {HOOK_PATH}");
        }
        (Some("--from-hook"), _) => match rank(&countries_from(&args), 10) {
            Ok(list) if list.lines().count() > 2 => {
                let _ = std::fs::copy("/etc/pacman.d/mirrorlist", "/etc/pacman.d/mirrorlist.bak");
                let _ = std::fs::write("/etc/pacman.d/mirrorlist", list);
                println!("mirrorlist re-ranked (backup: mirrorlist.bak)");
            }
            Ok(_) => eprintln!("no mirrors matched; mirrorlist left unchanged"),
            Err(e) => eprintln!("status feed unavailable ({e}); mirrorlist left unchanged"),
        },
        _ => match rank(&countries_from(&args), 10) {
            Ok(list) => print!("{list}"),
            Err(e) => eprintln!("{e}"),
        },
    }
}
