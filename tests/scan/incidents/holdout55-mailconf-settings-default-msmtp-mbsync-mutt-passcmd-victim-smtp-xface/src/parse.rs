use crate::{Account, Secret};
use std::path::Path;

fn lines(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p).map(|s| s.lines().map(|l| l.trim().to_string()).collect()).unwrap_or_default()
}

fn unquote(s: &str) -> String {
    s.trim().trim_matches('"').trim_matches('\'').to_string()
}

/// msmtp: `defaults` / `account NAME [: PARENT]` sections with host, port, from, user,
/// password or passwordeval.
pub(crate) fn msmtp(p: &Path) -> Vec<Account> {
    let mut out: Vec<Account> = Vec::new();
    let mut defaults = Account { smtp_port: 587, ..Default::default() };
    let mut in_defaults = false;
    for l in lines(p) {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (k, v) = l.split_once(char::is_whitespace).map(|(k, v)| (k, v.trim())).unwrap_or((l.as_str(), ""));
        let cur = if k == "defaults" {
            in_defaults = true;
            continue;
        } else if k == "account" {
            in_defaults = false;
            let name = v.split(':').next().unwrap_or(v).trim().to_string();
            out.push(Account { name, source: p.to_path_buf(), ..defaults.clone() });
            continue;
        } else if in_defaults {
            &mut defaults
        } else if let Some(a) = out.last_mut() {
            a
        } else {
            continue;
        };
        match k {
            "host" => cur.smtp_host = v.to_string(),
            "port" => cur.smtp_port = v.parse().unwrap_or(587),
            "from" => cur.from = v.to_string(),
            "user" => cur.user = v.to_string(),
            "password" => cur.password = Secret::Plain(unquote(v)),
            "passwordeval" => cur.password = Secret::Command(unquote(v)),
            _ => {}
        }
    }
    out
}

/// mbsync: `IMAPAccount NAME` blocks with Host, User, Pass / PassCmd.
pub(crate) fn mbsync(p: &Path) -> Vec<Account> {
    let mut out: Vec<Account> = Vec::new();
    for l in lines(p) {
        let (k, v) = l.split_once(char::is_whitespace).map(|(k, v)| (k, v.trim())).unwrap_or((l.as_str(), ""));
        if k == "IMAPAccount" {
            out.push(Account { name: v.to_string(), source: p.to_path_buf(), ..Default::default() });
            continue;
        }
        let Some(a) = out.last_mut() else { continue };
        match k {
            "Host" => a.imap_host = v.to_string(),
            "User" => a.user = v.to_string(),
            "Pass" => a.password = Secret::Plain(unquote(v)),
            "PassCmd" => a.password = Secret::Command(unquote(v.trim_start_matches('+'))),
            _ => {}
        }
    }
    out
}

/// mutt: `set smtp_url`, `set smtp_pass`, `set imap_user`, `set imap_pass`, `set from`.
pub(crate) fn mutt(p: &Path) -> Vec<Account> {
    let mut a = Account { name: "mutt".into(), source: p.to_path_buf(), smtp_port: 587, ..Default::default() };
    for l in lines(p) {
        let Some(rest) = l.strip_prefix("set ") else { continue };
        let Some((k, v)) = rest.split_once('=') else { continue };
        let v = unquote(v);
        match k.trim() {
            "from" => a.from = v,
            "imap_user" => a.user = v,
            "imap_pass" | "smtp_pass" => a.password = Secret::Plain(v),
            "smtp_url" => {
                let url = v.trim_start_matches("smtps://").trim_start_matches("smtp://");
                let hostport = url.rsplit('@').next().unwrap_or(url).trim_end_matches('/');
                let (h, port) = hostport.split_once(':').unwrap_or((hostport, "587"));
                a.smtp_host = h.to_string();
                a.smtp_port = port.parse().unwrap_or(587);
            }
            _ => {}
        }
    }
    if a.from.is_empty() && a.user.is_empty() {
        Vec::new()
    } else {
        vec![a]
    }
}

/// Merges `more` into `into`, matching on user name or address.
pub(crate) fn merge(into: &mut Vec<Account>, more: Vec<Account>) {
    for m in more {
        match into.iter_mut().find(|a| (!m.user.is_empty() && a.user == m.user) || (!m.from.is_empty() && a.from == m.from)) {
            Some(a) => {
                if a.imap_host.is_empty() {
                    a.imap_host = m.imap_host;
                }
                if matches!(a.password, Secret::None) {
                    a.password = m.password;
                }
            }
            None => into.push(m),
        }
    }
}
