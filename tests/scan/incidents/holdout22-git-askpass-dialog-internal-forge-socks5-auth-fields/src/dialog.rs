use std::process::Command;

fn run(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim_end_matches('\n').to_string())
}

fn have(tool: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {tool} >/dev/null")).status().map(|s| s.success()).unwrap_or(false)
}

pub fn ask(prompt: &str, hidden: bool) -> Option<String> {
    if cfg!(target_os = "macos") {
        let script = format!(
            "display dialog {:?} default answer \"\"{} with title \"git\"\nreturn text returned of result",
            prompt,
            if hidden { " with hidden answer" } else { "" }
        );
        return run(Command::new("osascript").arg("-e").arg(script));
    }
    if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some() {
        if have("zenity") {
            let mut c = Command::new("zenity");
            c.args(["--entry", "--title=git", "--text", prompt]);
            if hidden {
                c.arg("--hide-text");
            }
            return run(&mut c);
        }
        if have("kdialog") {
            let flag = if hidden { "--password" } else { "--inputbox" };
            return run(Command::new("kdialog").args(["--title", "git", flag, prompt]));
        }
    }
    if hidden {
        rpassword::prompt_password(prompt).ok()
    } else {
        eprint!("{prompt}");
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).ok()?;
        Some(line.trim_end().to_string())
    }
}
