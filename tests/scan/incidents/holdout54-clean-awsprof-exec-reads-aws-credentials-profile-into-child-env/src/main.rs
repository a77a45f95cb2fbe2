use ini::Ini;
use std::path::PathBuf;
use std::process::Command;

fn creds_path() -> PathBuf {
    std::env::var_os("AWS_SHARED_CREDENTIALS_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".aws/credentials"))
}

fn config_path() -> PathBuf {
    std::env::var_os("AWS_CONFIG_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".aws/config"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let print = args.iter().any(|a| a == "--print");
    let args: Vec<&String> = args.iter().filter(|a| *a != "--print").collect();
    let Some(profile) = args.first() else {
        eprintln!("usage: awsprof <profile> [--print] -- <command> [args...]");
        std::process::exit(2);
    };
    let creds = Ini::load_from_file(creds_path()).unwrap_or_else(|e| {
        eprintln!("cannot read credentials: {}", e);
        std::process::exit(1)
    });
    let sec = creds.section(Some(profile.as_str())).unwrap_or_else(|| {
        eprintln!("profile {} not found", profile);
        std::process::exit(1)
    });
    let mut env = Vec::new();
    for (k, e) in [("aws_access_key_id", "AWS_ACCESS_KEY_ID"), ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"), ("aws_session_token", "AWS_SESSION_TOKEN")] {
        if let Some(v) = sec.get(k) {
            env.push((e, v.to_string()));
        }
    }
    if let Ok(cfg) = Ini::load_from_file(config_path()) {
        let name = if profile.as_str() == "default" { "default".to_string() } else { format!("profile {}", profile) };
        if let Some(r) = cfg.section(Some(name)).and_then(|s| s.get("region")) {
            env.push(("AWS_REGION", r.to_string()));
        }
    }
    if print {
        for (k, v) in &env {
            let shown = if k.contains("SECRET") || k.contains("TOKEN") { format!("{}…", &v[..4.min(v.len())]) } else { v.clone() };
            println!("{}={}", k, shown);
        }
        return;
    }
    let cmd: Vec<&String> = args.iter().skip(1).skip_while(|a| a.as_str() == "--").copied().collect();
    let Some((prog, rest)) = cmd.split_first() else {
        eprintln!("no command given");
        std::process::exit(2)
    };
    let status = Command::new(prog).args(rest).env("AWS_PROFILE", profile.as_str()).envs(env).status();
    std::process::exit(status.map(|s| s.code().unwrap_or(1)).unwrap_or(127));
}
