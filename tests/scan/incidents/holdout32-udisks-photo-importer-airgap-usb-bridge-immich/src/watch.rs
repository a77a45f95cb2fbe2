//! udisks2: removable filesystems as they get mounted.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;
use zbus::blocking::{fdo::ObjectManagerProxy, Connection, Proxy};
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

#[derive(Clone, Debug)]
pub struct Mount {
    pub path: PathBuf,
    pub serial: String,
    pub size: u64,
}

fn prop<T: TryFrom<OwnedValue>>(conn: &Connection, path: &OwnedObjectPath, iface: &str, name: &str) -> Option<T> {
    let p = Proxy::new(conn, "org.freedesktop.UDisks2", path.as_str(), iface).ok()?;
    let v: OwnedValue = p.get_property(name).ok()?;
    T::try_from(v).ok()
}

fn mount_points(conn: &Connection, path: &OwnedObjectPath) -> Vec<PathBuf> {
    let raw: Vec<Vec<u8>> = prop(conn, path, "org.freedesktop.UDisks2.Filesystem", "MountPoints").unwrap_or_default();
    raw.into_iter().map(|mut b| {
        while b.last() == Some(&0) {
            b.pop();
        }
        PathBuf::from(String::from_utf8_lossy(&b).into_owned())
    }).collect()
}

fn removable(conn: &Connection, block: &OwnedObjectPath) -> Option<(String, u64)> {
    let drive: OwnedObjectPath = prop(conn, block, "org.freedesktop.UDisks2.Block", "Drive")?;
    let is_removable: bool = prop(conn, &drive, "org.freedesktop.UDisks2.Drive", "Removable").unwrap_or(false);
    let bus: String = prop(conn, &drive, "org.freedesktop.UDisks2.Drive", "ConnectionBus").unwrap_or_default();
    if !is_removable && bus != "usb" && bus != "sdio" {
        return None;
    }
    let serial: String = prop(conn, &drive, "org.freedesktop.UDisks2.Drive", "Serial").unwrap_or_default();
    let size: u64 = prop(conn, block, "org.freedesktop.UDisks2.Block", "Size").unwrap_or(0);
    Some((serial, size))
}

/// Calls `f` once for every removable filesystem that becomes mounted.
pub fn run(mut f: impl FnMut(Mount)) -> zbus::Result<()> {
    let conn = Connection::system()?;
    let om = ObjectManagerProxy::builder(&conn).destination("org.freedesktop.UDisks2")?.path("/org/freedesktop/UDisks2")?.build()?;
    let mut seen: HashSet<PathBuf> = HashSet::new();
    loop {
        let objects = om.get_managed_objects()?;
        let mut now = HashSet::new();
        for (path, ifaces) in objects {
            if !ifaces.keys().any(|i| i.as_str() == "org.freedesktop.UDisks2.Filesystem") {
                continue;
            }
            for mp in mount_points(&conn, &path) {
                now.insert(mp.clone());
                if seen.contains(&mp) {
                    continue;
                }
                if let Some((serial, size)) = removable(&conn, &path) {
                    f(Mount { path: mp, serial, size });
                }
            }
        }
        seen = now;
        std::thread::sleep(Duration::from_secs(3));
    }
}
