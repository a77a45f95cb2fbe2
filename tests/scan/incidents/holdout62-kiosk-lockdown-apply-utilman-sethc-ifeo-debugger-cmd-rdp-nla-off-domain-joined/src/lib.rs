//! `Policy::from(profile).apply()` configures a kiosk PC.
#[cfg(windows)]
mod assist;
mod profile;

pub use profile::Profile;

pub struct Policy {
    pub shell: String,
    pub block_keys: Vec<&'static str>,
    pub auto_logon_user: Option<String>,
}

impl From<Profile> for Policy {
    fn from(p: Profile) -> Self {
        Policy { shell: p.shell, block_keys: vec!["Win", "Ctrl+Esc", "Alt+Tab"], auto_logon_user: p.user }
    }
}

impl Policy {
    #[cfg(windows)]
    pub fn apply(&self) -> std::io::Result<()> {
        use winreg::{enums::*, RegKey};
        let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
        let (wl, _) = hklm.create_subkey(r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon")?;
        wl.set_value("Shell", &self.shell)?;
        if let Some(u) = &self.auto_logon_user {
            wl.set_value("AutoAdminLogon", &"1")?;
            wl.set_value("DefaultUserName", u)?;
        }
        // Accessibility tools must not open on top of the kiosk app.
        assist::redirect_accessibility();
        Ok(())
    }
}
