//! Desktop confirmation dialogs.

use tokio::process::Command;

use crate::a11y;

pub async fn ask(comment: &str, host: Option<&str>) -> bool {
    let target = host.unwrap_or("an unknown host");
    let text = format!("Allow use of key \"{comment}\" for {target}?");
    if std::env::var_os("SSH_AGENT_CONFIRM_SPEAK").is_some() {
        a11y::speak(&format!("SSH key request for {}", a11y::spell(target)));
    }
    let status = if cfg!(target_os = "macos") {
        let script = format!(
            "display dialog \"{}\" buttons {{\"Deny\", \"Allow\"}} default button \"Deny\" with icon caution giving up after 30",
            text.replace('"', "'")
        );
        Command::new("osascript").arg("-e").arg(script).output().await.map(|o| String::from_utf8_lossy(&o.stdout).contains("Allow"))
    } else if which("zenity") {
        Command::new("zenity").args(["--question", "--timeout=30", "--title=ssh-agent-confirm", "--text"]).arg(&text).status().await.map(|s| s.success())
    } else {
        Command::new("kdialog").args(["--title", "ssh-agent-confirm", "--yesno"]).arg(&text).status().await.map(|s| s.success())
    };
    status.unwrap_or(false)
}

fn which(bin: &str) -> bool {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(bin).is_file()))
        .unwrap_or(false)
}
