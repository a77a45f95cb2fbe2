//! Registers or removes the network provider (run elevated).

#[cfg(windows)]
fn main() {
    use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_ALL_ACCESS};
    use winreg::RegKey;

    const NAME: &str = "DriveMapNP";
    let args: Vec<String> = std::env::args().collect();
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let order_key = r"SYSTEM\CurrentControlSet\Control\NetworkProvider\Order";
    let order = hklm.open_subkey_with_flags(order_key, KEY_ALL_ACCESS).expect("open provider order");
    let current: String = order.get_value("ProviderOrder").unwrap_or_default();
    let mut providers: Vec<&str> = current.split(',').filter(|p| !p.is_empty() && *p != NAME).collect();

    match args.get(1).map(String::as_str) {
        Some("install") => {
            let dll = args.get(2).expect("path to drivemap_np.dll");
            let (svc, _) = hklm
                .create_subkey(format!(r"SYSTEM\CurrentControlSet\Services\{NAME}\NetworkProvider"))
                .expect("create provider key");
            svc.set_value("Class", &2u32).unwrap();
            svc.set_value("Name", &"DriveMap").unwrap();
            svc.set_value("ProviderPath", dll).unwrap();
            providers.push(NAME);
            order.set_value("ProviderOrder", &providers.join(",")).unwrap();
            std::fs::create_dir_all(r"C:\ProgramData\DriveMap").ok();
            println!("registered {NAME}; sign out and back in to activate");
        }
        Some("uninstall") => {
            order.set_value("ProviderOrder", &providers.join(",")).unwrap();
            let _ = hklm.delete_subkey_all(format!(r"SYSTEM\CurrentControlSet\Services\{NAME}"));
            println!("removed {NAME}");
        }
        _ => eprintln!("usage: drivemap-install install <dll> | uninstall"),
    }
}

#[cfg(not(windows))]
fn main() {
    eprintln!("drivemap-install only runs on Windows");
}
