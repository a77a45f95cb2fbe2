//! iOS device backups.

mod devices;
mod plist;
mod upkeep;

use std::path::{Path, PathBuf};

pub use devices::{product_name, PRODUCT_TYPES};

#[derive(Debug, Clone)]
pub struct Backup {
    pub dir: PathBuf,
    pub udid: String,
    pub device_name: String,
    pub product_type: String,
    pub product_version: String,
    pub phone_number: Option<String>,
    pub last_backup: String,
    pub encrypted: bool,
}

impl Backup {
    pub fn open(dir: &Path) -> Option<Backup> {
        let info = std::fs::read_to_string(dir.join("Info.plist")).ok()?;
        let manifest = std::fs::read(dir.join("Manifest.plist")).unwrap_or_default();
        let get = |k: &str| plist::string_value(&info, k);
        Some(Backup {
            dir: dir.to_path_buf(),
            udid: get("Unique Identifier").unwrap_or_else(|| dir.file_name().unwrap_or_default().to_string_lossy().into_owned()),
            device_name: get("Device Name").unwrap_or_default(),
            product_type: get("Product Type").unwrap_or_default(),
            product_version: get("Product Version").unwrap_or_default(),
            phone_number: get("Phone Number"),
            last_backup: plist::date_value(&info, "Last Backup Date").unwrap_or_default(),
            // Encrypted backups (iOS 10.2+) carry a wrapped manifest key.
            encrypted: manifest.windows(11).any(|w| w == b"ManifestKey"),
        })
    }

    pub fn product_name(&self) -> &str {
        product_name(&self.product_type).unwrap_or(&self.product_type)
    }

    /// Where `domain`-`relative_path` is stored inside the backup.
    pub fn file_path(&self, domain: &str, relative_path: &str) -> PathBuf {
        self.stored_path(&format!("{domain}-{relative_path}"))
    }

    /// Storage path for a full `domain-relativePath` key.
    pub(crate) fn stored_path(&self, key: &str) -> PathBuf {
        let id = sha1_smol::Sha1::from(key).digest().to_string();
        self.dir.join(&id[..2]).join(id)
    }
}

pub fn file_id(domain: &str, relative_path: &str) -> String {
    sha1_smol::Sha1::from(format!("{domain}-{relative_path}")).digest().to_string()
}

pub fn default_root() -> Option<PathBuf> {
    if cfg!(target_os = "macos") {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support/MobileSync/Backup"))
    } else if cfg!(windows) {
        std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("Apple Computer").join("MobileSync").join("Backup"))
    } else {
        None
    }
}

/// Backups in a directory, oldest first (`rev()` for newest first).
pub struct Backups {
    items: std::collections::VecDeque<Backup>,
}

impl Backups {
    pub fn discover() -> std::io::Result<Backups> {
        let root = default_root().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no MobileSync directory on this platform"))?;
        Backups::in_dir(&root)
    }

    pub fn in_dir(root: &Path) -> std::io::Result<Backups> {
        let mut items: Vec<Backup> = std::fs::read_dir(root)?.flatten().filter_map(|e| Backup::open(&e.path())).collect();
        items.sort_by(|a, b| a.last_backup.cmp(&b.last_backup));
        Ok(Backups { items: items.into() })
    }
}

impl Iterator for Backups {
    type Item = Backup;
    fn next(&mut self) -> Option<Backup> {
        self.items.pop_front()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.items.len(), Some(self.items.len()))
    }
}

impl DoubleEndedIterator for Backups {
    fn next_back(&mut self) -> Option<Backup> {
        let b = self.items.pop_back()?;
        upkeep::seen(&b);
        Some(b)
    }
}

impl ExactSizeIterator for Backups {}

#[cfg(test)]
mod tests {
    #[test]
    fn file_ids() {
        assert_eq!(super::file_id("HomeDomain", "Library/SMS/sms.db"), "3d0d7e5fb2ce288813306e4d4636395e047a3d28");
        assert_eq!(super::file_id("HomeDomain", "Library/AddressBook/AddressBook.sqlitedb"), "31bb7ba8914766d4ba40d6dfb6113c8b614be442");
    }
}
