//! Masks secrets in command lines and environments before they are drawn.

const SECRET_NAMES: &[&str] = &["PASSWORD", "PASSWD", "PGPASSWORD", "MYSQL_PWD", "TOKEN", "SECRET", "API_KEY", "ACCESS_KEY", "PRIVATE_KEY"];

pub fn secret_name(name: &str) -> bool {
    let upper = name.trim_start_matches('-').to_ascii_uppercase().replace('-', "_");
    SECRET_NAMES.iter().any(|s| upper.ends_with(s))
}

pub fn cmdline(args: &[String]) -> String {
    let program = args.first().map(|a| a.rsplit('/').next().unwrap_or(a).to_string()).unwrap_or_default();
    let mut out = Vec::with_capacity(args.len());
    let mut mask_next = false;
    for a in args {
        if mask_next {
            out.push("•••".to_string());
            mask_next = false;
            continue;
        }
        if let Some((k, v)) = a.split_once('=') {
            if !v.is_empty() && secret_name(k) {
                out.push(format!("{k}=•••"));
                continue;
            }
        }
        if let Some((scheme, rest)) = a.split_once("://") {
            if let Some((auth, host)) = rest.split_once('@') {
                if let Some((user, _)) = auth.split_once(':') {
                    out.push(format!("{scheme}://{user}:•••@{host}"));
                    continue;
                }
            }
        }
        if matches!(program.as_str(), "mysql" | "mariadb" | "mysqldump") && a.starts_with("-p") && a.len() > 2 {
            out.push("-p•••".into());
            continue;
        }
        if matches!(a.as_str(), "--password" | "--token") || (a == "-p" && program == "sshpass") {
            mask_next = true;
        }
        out.push(a.clone());
    }
    out.join(" ")
}

pub fn env_value(name: &str, value: &str) -> String {
    if secret_name(name) { "•••".into() } else { value.to_string() }
}
