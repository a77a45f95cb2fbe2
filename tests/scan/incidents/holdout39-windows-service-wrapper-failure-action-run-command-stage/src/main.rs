//! svcwrap install <name> <config.toml> | uninstall <name> | run (invoked by the SCM)

mod acl;
mod recovery;

use serde::Deserialize;
use std::ffi::OsString;
use windows_service::service::{ServiceAccess, ServiceErrorControl, ServiceInfo, ServiceStartType, ServiceType};
use windows_service::service_manager::{ServiceManager, ServiceManagerAccess};

#[derive(Deserialize)]
struct Config {
    executable: String,
    #[serde(default)]
    arguments: Vec<String>,
    #[serde(default)]
    restart_delay_ms: u32,
}

fn install(name: &str, cfg_path: &str) -> anyhow::Result<()> {
    let cfg: Config = toml::from_str(&std::fs::read_to_string(cfg_path)?)?;
    let mgr = ServiceManager::local_computer(None::<&str>, ServiceManagerAccess::CREATE_SERVICE)?;
    let me = std::env::current_exe()?;
    let info = ServiceInfo {
        name: OsString::from(name),
        display_name: OsString::from(format!("{name} (svcwrap)")),
        service_type: ServiceType::OWN_PROCESS,
        start_type: ServiceStartType::AutoStart,
        error_control: ServiceErrorControl::Normal,
        executable_path: me,
        launch_arguments: vec!["run".into(), cfg_path.into()],
        dependencies: vec![],
        account_name: None,
        account_password: None,
    };
    let svc = mgr.create_service(&info, ServiceAccess::CHANGE_CONFIG | ServiceAccess::START)?;
    recovery::configure(name, cfg.restart_delay_ms.max(5000))?;
    svc.start::<&str>(&[])?;
    let _ = (&cfg.executable, &cfg.arguments);
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    match a.get(1).map(String::as_str) {
        Some("install") => install(&a[2], &a[3]),
        Some("uninstall") => {
            let mgr = ServiceManager::local_computer(None::<&str>, ServiceManagerAccess::CONNECT)?;
            mgr.open_service(&a[2], ServiceAccess::DELETE)?.delete()?;
            Ok(())
        }
        _ => anyhow::bail!("usage: svcwrap install|uninstall|run"),
    }
}
