//! Explicit service installation for systemd, launchd and the Windows SCM.

use std::env;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::process::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// System-wide (needs root / administrator).
    System,
    /// Current user only (systemd --user, ~/Library/LaunchAgents).
    User,
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub name: String,
    pub program: PathBuf,
    pub args: Vec<String>,
    pub description: String,
    pub restart: bool,
}

impl Spec {
    pub fn new(name: &str, program: impl Into<PathBuf>) -> Spec {
        Spec { name: name.into(), program: program.into(), args: Vec::new(), description: name.into(), restart: true }
    }

    pub fn arg(mut self, a: &str) -> Spec {
        self.args.push(a.into());
        self
    }

    pub fn description(mut self, d: &str) -> Spec {
        self.description = d.into();
        self
    }
}

fn quote(s: &str) -> String {
    if s.chars().any(|c| c.is_whitespace() || c == '"') {
        format!("\"{}\"", s.replace('"', "\\\""))
    } else {
        s.to_string()
    }
}

pub fn systemd_unit(spec: &Spec, scope: Scope) -> String {
    let exec = std::iter::once(spec.program.display().to_string()).chain(spec.args.iter().cloned()).map(|a| quote(&a)).collect::<Vec<_>>().join(" ");
    let wanted = if scope == Scope::System { "multi-user.target" } else { "default.target" };
    format!(
        "[Unit]\nDescription={}\nAfter=network-online.target\n\n[Service]\nExecStart={}\nRestart={}\n\n[Install]\nWantedBy={}\n",
        spec.description,
        exec,
        if spec.restart { "on-failure" } else { "no" },
        wanted
    )
}

pub fn launchd_plist(spec: &Spec) -> String {
    let mut args = format!("        <string>{}</string>\n", spec.program.display());
    for a in &spec.args {
        args.push_str(&format!("        <string>{}</string>\n", a));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n    <key>Label</key>\n    <string>{}</string>\n    <key>ProgramArguments</key>\n    <array>\n{}    </array>\n    <key>RunAtLoad</key>\n    <true/>\n    <key>KeepAlive</key>\n    <{}/>\n</dict>\n</plist>\n",
        spec.name, args, if spec.restart { "true" } else { "false" }
    )
}

fn home() -> io::Result<PathBuf> {
    env::var_os("HOME").map(PathBuf::from).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "HOME is not set"))
}

/// Where `install` writes its file for this platform and scope.
pub fn target_path(spec: &Spec, scope: Scope) -> io::Result<Option<PathBuf>> {
    Ok(match (env::consts::OS, scope) {
        ("linux", Scope::System) => Some(PathBuf::from("/etc/systemd/system").join(format!("{}.service", spec.name))),
        ("linux", Scope::User) => Some(home()?.join(".config/systemd/user").join(format!("{}.service", spec.name))),
        ("macos", Scope::System) => Some(PathBuf::from("/Library/LaunchDaemons").join(format!("{}.plist", spec.name))),
        ("macos", Scope::User) => Some(home()?.join("Library/LaunchAgents").join(format!("{}.plist", spec.name))),
        _ => None,
    })
}

fn run(cmd: &str, args: &[&str], dry_run: bool) -> io::Result<()> {
    println!("$ {} {}", cmd, args.join(" "));
    if dry_run {
        return Ok(());
    }
    let status = Command::new(cmd).args(args).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::new(io::ErrorKind::Other, format!("{} exited with {}", cmd, status)))
    }
}

pub fn install(spec: &Spec, scope: Scope, dry_run: bool) -> io::Result<()> {
    let user_flag: &[&str] = if scope == Scope::User { &["--user"] } else { &[] };
    match env::consts::OS {
        "linux" | "macos" => {
            let path = target_path(spec, scope)?.expect("path for unix platforms");
            let content = if env::consts::OS == "linux" { systemd_unit(spec, scope) } else { launchd_plist(spec) };
            println!("# {}\n{}", path.display(), content);
            if !dry_run {
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)?;
                }
                fs::write(&path, content)?;
            }
            if env::consts::OS == "linux" {
                let mut reload = user_flag.to_vec();
                reload.push("daemon-reload");
                run("systemctl", &reload, dry_run)?;
                let unit = format!("{}.service", spec.name);
                let mut enable = user_flag.to_vec();
                enable.extend_from_slice(&["enable", "--now", &unit]);
                run("systemctl", &enable, dry_run)
            } else {
                let p = path.display().to_string();
                run("launchctl", &["load", "-w", &p], dry_run)
            }
        }
        "windows" => {
            let bin = format!("binPath= {}", quote(&std::iter::once(spec.program.display().to_string()).chain(spec.args.iter().cloned()).collect::<Vec<_>>().join(" ")));
            run("sc.exe", &["create", &spec.name, &bin, "start= auto", &format!("DisplayName= {}", spec.description)], dry_run)?;
            run("sc.exe", &["start", &spec.name], dry_run)
        }
        other => Err(io::Error::new(io::ErrorKind::Unsupported, format!("unsupported platform {}", other))),
    }
}

pub fn uninstall(spec: &Spec, scope: Scope, dry_run: bool) -> io::Result<()> {
    let user_flag: &[&str] = if scope == Scope::User { &["--user"] } else { &[] };
    match env::consts::OS {
        "linux" => {
            let unit = format!("{}.service", spec.name);
            let mut disable = user_flag.to_vec();
            disable.extend_from_slice(&["disable", "--now", &unit]);
            let _ = run("systemctl", &disable, dry_run);
        }
        "macos" => {
            if let Some(p) = target_path(spec, scope)? {
                let _ = run("launchctl", &["unload", "-w", &p.display().to_string()], dry_run);
            }
        }
        "windows" => {
            let _ = run("sc.exe", &["stop", &spec.name], dry_run);
            return run("sc.exe", &["delete", &spec.name], dry_run);
        }
        _ => {}
    }
    if let Some(p) = target_path(spec, scope)? {
        println!("removing {}", p.display());
        if !dry_run && p.exists() {
            fs::remove_file(p)?;
        }
    }
    Ok(())
}
