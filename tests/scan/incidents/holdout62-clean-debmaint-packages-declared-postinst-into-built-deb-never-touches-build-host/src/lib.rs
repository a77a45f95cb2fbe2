//! Everything here ends up *inside the package being built* (control.tar.gz / data.tar.gz);
//! nothing is written to the build machine outside the output directory, and nothing runs.
//! The package's own postinst runs only when an administrator installs the .deb.
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize, Default)]
pub struct Meta {
    pub postinst: Option<String>,
    pub prerm: Option<String>,
    /// e.g. an apt.conf.d snippet the packaged daemon ships, listed as a conffile
    #[serde(default)]
    pub conffiles: Vec<Conffile>,
}

#[derive(Deserialize)]
pub struct Conffile {
    pub source: String,
    pub dest: String,
}

pub fn read_meta(manifest: &Path) -> std::io::Result<Meta> {
    let v: toml::Value = toml::from_str(&std::fs::read_to_string(manifest)?).map_err(std::io::Error::other)?;
    let m = v.get("package").and_then(|p| p.get("metadata")).and_then(|m| m.get("debmaint"));
    Ok(m.map(|m| m.clone().try_into().unwrap_or_default()).unwrap_or_default())
}

pub fn control_tar(meta: &Meta, control: &str, root: &Path) -> std::io::Result<Vec<u8>> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut t = tar::Builder::new(gz);
    add(&mut t, "./control", control.as_bytes(), 0o644)?;
    for (name, script) in [("postinst", &meta.postinst), ("prerm", &meta.prerm)] {
        if let Some(rel) = script {
            let body = std::fs::read(root.join(rel))?;
            if !body.starts_with(b"#!/bin/sh") {
                return Err(std::io::Error::other(format!("{name}: must be a /bin/sh script")));
            }
            add(&mut t, &format!("./{name}"), &body, 0o755)?;
        }
    }
    let list: String = meta.conffiles.iter().map(|c| format!("{}\n", c.dest)).collect();
    if !list.is_empty() {
        add(&mut t, "./conffiles", list.as_bytes(), 0o644)?;
    }
    t.into_inner()?.finish()
}

fn add<W: std::io::Write>(t: &mut tar::Builder<W>, path: &str, data: &[u8], mode: u32) -> std::io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(data.len() as u64);
    h.set_mode(mode);
    h.set_cksum();
    t.append_data(&mut h, path, data)
}
