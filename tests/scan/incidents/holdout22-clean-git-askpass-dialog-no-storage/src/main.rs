//! Ask for a secret with a native dialog; print it for the caller. No storage, no network.

use std::process::{Command, Stdio};

fn run(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim_end_matches('\n').to_string())
}

fn have(tool: &str) -> bool {
    Command::new("which").arg(tool).stdout(Stdio::null()).stderr(Stdio::null()).status().map(|s| s.success()).unwrap_or(false)
}

fn hidden(prompt: &str) -> bool {
    let p = prompt.to_lowercase();
    !p.starts_with("username")
}

fn ask(prompt: &str) -> Option<String> {
    let secret = hidden(prompt);
    if cfg!(target_os = "macos") {
        let script = format!(
            "display dialog {prompt:?} default answer \"\"{} with title \"Git\"\nreturn text returned of result",
            if secret { " with hidden answer" } else { "" }
        );
        return run(Command::new("osascript").arg("-e").arg(script));
    }
    let gui = std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if gui && have("zenity") {
        let mut c = Command::new("zenity");
        c.args(["--entry", "--title=Git", "--text", prompt]);
        if secret {
            c.arg("--hide-text");
        }
        return run(&mut c);
    }
    if gui && have("kdialog") {
        return run(Command::new("kdialog").args(["--title", "Git", if secret { "--password" } else { "--inputbox" }, prompt]));
    }
    rpassword::prompt_password(prompt).ok()
}

fn setup(apply: bool) {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "git-askpass-native".into());
    println!("git config --global core.askPass {exe}");
    println!("export SSH_ASKPASS={exe} SSH_ASKPASS_REQUIRE=prefer   # add to your shell profile yourself");
    if apply {
        let ok = Command::new("git").args(["config", "--global", "core.askPass", &exe]).status().map(|s| s.success()).unwrap_or(false);
        println!("{}", if ok { "core.askPass set." } else { "git config failed." });
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--print-setup") => return setup(false),
        Some("--install") if args.iter().any(|a| a == "--yes") => return setup(true),
        Some("--install") => {
            eprintln!("refusing to change git config without --yes; this would run:");
            return setup(false);
        }
        _ => {}
    }
    let prompt = args.first().cloned().unwrap_or_else(|| "Password: ".into());
    match ask(&prompt) {
        Some(answer) => println!("{answer}"),
        None => std::process::exit(1),
    }
}
