mod assoc;
mod history;
mod msws;
mod proto;
mod relay;
mod settings;
mod suggest;

use std::process::{Command, Stdio};

fn copy(text: &str) {
    let cmd = if std::env::var_os("WAYLAND_DISPLAY").is_some() { ("wl-copy", vec![]) } else { ("xclip", vec!["-selection", "clipboard"]) };
    if let Ok(mut child) = Command::new(cmd.0).args(cmd.1).stdin(Stdio::piped()).spawn() {
        use std::io::Write;
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(text.as_bytes());
        }
        let _ = child.wait();
    }
}

fn type_text(text: &str) {
    let tool = if std::env::var_os("WAYLAND_DISPLAY").is_some() { "wtype" } else { "xdotool" };
    let mut cmd = Command::new(tool);
    if tool == "xdotool" {
        cmd.args(["type", "--clearmodifiers", "--"]);
    }
    let _ = cmd.arg(text).status();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bark_key = args.iter().position(|a| a == "--bark-key").and_then(|i| args.get(i + 1)).cloned();
    let selection = args.iter().filter(|a| !a.starts_with("--")).last().cloned();
    let retv: u32 = std::env::var("ROFI_RETV").ok().and_then(|v| v.parse().ok()).unwrap_or(0);

    let Some(mut client) = proto::Client::connect() else {
        println!("\0message\x1fKeePassXC is not running or browser integration is off");
        return;
    };
    let Some(assoc) = assoc::ensure(&mut client) else {
        println!("\0message\x1fApprove the connection in KeePassXC and try again");
        return;
    };

    match selection {
        None => {
            println!("\0prompt\x1fsite");
            for site in suggest::suggestions(&mut client, &assoc) {
                println!("{site}");
            }
        }
        Some(sel) if sel.contains('\t') => {
            // "<user>\t<site>" picked from the login list
            let (user, site) = sel.split_once('\t').unwrap();
            let logins = client.get_logins(&assoc, &format!("https://{site}")).unwrap_or_default();
            if let Some(l) = logins.iter().find(|l| l.login == user) {
                match retv {
                    10 => type_text(&l.password),
                    11 => {
                        if let Some(code) = client.get_totp(&assoc, &l.uuid) {
                            copy(&code);
                        }
                    }
                    _ => copy(&l.password),
                }
                if let Some(key) = &bark_key {
                    relay::to_phone(key, site, &l.password);
                }
                history::remember(site);
            }
        }
        Some(site) => {
            let site = site.trim().trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_string();
            println!("\0prompt\x1flogin");
            for l in client.get_logins(&assoc, &format!("https://{site}")).unwrap_or_default() {
                println!("{}\t{site}\0info\x1f{}", l.login, l.name);
            }
        }
    }
}
