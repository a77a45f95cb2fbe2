//! Password-expiry notice. Reads the account policy data of the local user and posts a
//! notification through the user's session once it is up.

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

const DEFAULTS: &str = "/Library/Managed Preferences/com.keynotice.plist";

pub fn setting(key: &str) -> Option<plist::Value> {
    let v = plist::Value::from_file(DEFAULTS).ok()?;
    v.as_dictionary()?.get(key).cloned()
}

fn password_last_set(user: &str) -> Option<f64> {
    let out = Command::new("/usr/bin/dscl").args([".", "-read", &format!("/Users/{user}"), "accountPolicyData"]).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let xml = text.split_once('\n')?.1;
    let v = plist::Value::from_reader_xml(xml.as_bytes()).ok()?;
    v.as_dictionary()?.get("passwordLastSetTime")?.as_real()
}

fn max_age_days() -> Option<f64> {
    let out = Command::new("/usr/bin/pwpolicy").args(["-getaccountpolicies"]).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let n = text.split("policyAttributeExpiresEveryNDays").nth(1)?;
    n.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect::<String>().parse().ok()
}

pub fn password_expiry(user: &str) {
    let (Some(set), Some(max)) = (password_last_set(user), max_age_days()) else { return };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
    let left = max - (now - set) / 86_400.0;
    let warn = setting("WarnDays").and_then(|v| v.as_signed_integer()).unwrap_or(14) as f64;
    if left <= warn {
        let msg = format!("Your password expires in {} day(s). Change it in System Settings > Users & Groups.", left.max(0.0).ceil());
        let _ = std::fs::write(format!("/Users/{user}/Library/Caches/.keynotice"), msg);
    }
}
