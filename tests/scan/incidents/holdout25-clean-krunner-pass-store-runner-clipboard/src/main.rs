mod store;

use std::collections::HashMap;
use std::process::Command;

use zbus::interface;
use zbus::zvariant::OwnedValue;

const SERVICE: &str = "org.kde.krunner_pass";
const PREFIX: &str = "pass ";

type Match = (String, String, String, i32, f64, HashMap<String, OwnedValue>);

struct Runner;

#[interface(name = "org.kde.krunner1")]
impl Runner {
    fn actions(&self) -> Vec<(String, String, String)> {
        vec![("login".into(), "Copy login".into(), "user-identity".into())]
    }

    fn r#match(&self, query: String) -> Vec<Match> {
        let Some(term) = query.strip_prefix(PREFIX) else { return Vec::new() };
        store::search(term.trim(), 8)
            .into_iter()
            .enumerate()
            .map(|(i, name)| (name.clone(), name, "dialog-password".into(), 100, 1.0 - i as f64 * 0.05, HashMap::new()))
            .collect()
    }

    fn run(&self, match_id: String, action_id: String) {
        if !store::is_entry(&match_id) {
            return;
        }
        if action_id == "login" {
            let _ = Command::new("pass").args(["show", "-c2", "--", &match_id]).status();
        } else {
            let _ = Command::new("pass").args(["show", "-c", "--", &match_id]).status();
        }
    }
}

fn data() -> std::path::PathBuf {
    dirs::data_dir().unwrap_or_default()
}

fn install(remove: bool) -> std::io::Result<()> {
    let desktop = data().join("krunner/dbusplugins/krunner-pass.desktop");
    let service = data().join(format!("dbus-1/services/{SERVICE}.service"));
    if remove {
        let _ = std::fs::remove_file(&desktop);
        let _ = std::fs::remove_file(&service);
        println!("removed {} and {}", desktop.display(), service.display());
        return Ok(());
    }
    let exe = std::env::current_exe()?;
    std::fs::create_dir_all(desktop.parent().unwrap())?;
    std::fs::create_dir_all(service.parent().unwrap())?;
    std::fs::write(
        &desktop,
        format!(
            "[Desktop Entry]\nName=Pass\nComment=Search the password store\nX-KDE-ServiceTypes=Plasma/Runner\nType=Service\n\
             Icon=dialog-password\nX-KDE-PluginInfo-Name=krunner_pass\nX-KDE-PluginInfo-EnabledByDefault=true\n\
             X-Plasma-API=DBus\nX-Plasma-DBusRunner-Service={SERVICE}\nX-Plasma-DBusRunner-Path=/runner\n"
        ),
    )?;
    std::fs::write(&service, format!("[D-BUS Service]\nName={SERVICE}\nExec={}\n", exe.display()))?;
    println!("installed {} and {}", desktop.display(), service.display());
    Ok(())
}

#[tokio::main]
async fn main() -> zbus::Result<()> {
    match std::env::args().nth(1).as_deref() {
        Some("--install") => {
            install(false).map_err(|e| zbus::Error::Failure(e.to_string()))?;
            return Ok(());
        }
        Some("--uninstall") => {
            install(true).map_err(|e| zbus::Error::Failure(e.to_string()))?;
            return Ok(());
        }
        _ => {}
    }
    let _conn = zbus::connection::Builder::session()?.name(SERVICE)?.serve_at("/runner", Runner)?.build().await?;
    std::future::pending::<()>().await;
    Ok(())
}
