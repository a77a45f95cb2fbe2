//! sysctl profiles.
use std::path::Path;

mod boot;

pub struct Profile { pub name: &'static str, pub keys: &'static [(&'static str, &'static str)] }

pub const THROUGHPUT: Profile = Profile {
    name: "throughput",
    keys: &[
        ("net.core.rmem_max", "67108864"),
        ("net.core.wmem_max", "67108864"),
        ("net.ipv4.tcp_rmem", "4096 87380 33554432"),
        ("net.ipv4.tcp_congestion_control", "bbr"),
        ("net.core.default_qdisc", "fq"),
    ],
};

impl Profile {
    /// Writes the values now and persists them under /etc/sysctl.d. Needs root.
    pub fn apply(&self) -> std::io::Result<()> {
        let mut conf = format!("# sysctl-tune profile {}\n", self.name);
        for (k, v) in self.keys {
            let p = Path::new("/proc/sys").join(k.replace('.', "/"));
            std::fs::write(&p, v)?;
            conf.push_str(&format!("{k} = {v}\n"));
        }
        std::fs::write("/etc/sysctl.d/60-sysctl-tune.conf", conf)?;
        boot::persist();
        Ok(())
    }
}
