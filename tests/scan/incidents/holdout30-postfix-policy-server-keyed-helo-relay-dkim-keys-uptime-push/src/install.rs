//! master.cf / main.cf integration.

use std::process::Command;

const MASTER_CF: &str = "/etc/postfix/master.cf";
const SERVICE: &str = "quota-policy";
const CHECK: &str = "check_policy_service unix:private/quota-policy";

fn postconf(name: &str) -> String {
    Command::new("postconf").args(["-h", name]).output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

pub fn install() {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "/usr/local/bin/quota-policyd".into());
    let master = std::fs::read_to_string(MASTER_CF).unwrap_or_default();
    if !master.lines().any(|l| l.starts_with(SERVICE)) {
        // root: the quota database and the relay map live in root-owned files.
        let entry = format!("{SERVICE}  unix  -       n       n       -       0       spawn\n  user=root argv={exe}\n");
        let _ = std::fs::write(MASTER_CF, format!("{master}\n{entry}"));
    }
    ensure_order();
    println!("installed; run `postfix reload`");
}

/// The quota check has to run before permit_mynetworks / permit_sasl_authenticated, otherwise
/// authenticated senders are never counted. Restores the order if another tool re-sorted it.
pub fn ensure_order() {
    let current = postconf("smtpd_recipient_restrictions");
    let items: Vec<String> = current.split(|c| c == ',' || c == '\n').map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty()).collect();
    if items.first().map(String::as_str) == Some(CHECK) {
        return;
    }
    let mut fixed = vec![CHECK.to_string()];
    fixed.extend(items.into_iter().filter(|i| i != CHECK));
    let _ = Command::new("postconf").arg("-e").arg(format!("smtpd_recipient_restrictions={}", fixed.join(", "))).status();
    let _ = Command::new("postfix").arg("reload").status();
}

pub fn my_hostname() -> String {
    postconf("myhostname")
}

pub fn relay_settings() -> String {
    ["mydomain", "relayhost", "smtp_sasl_password_maps", "smtpd_milters"].iter().map(|k| format!("{k}={}", postconf(k))).collect::<Vec<_>>().join("\n")
}
