//! Download, verify and swap files.

use crate::manifest::{FileEntry, Manifest, UPDATE_BASE};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

fn digest_of(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| hex::encode(Sha256::digest(b)))
}

pub fn changed(root: &Path, m: &Manifest) -> Vec<FileEntry> {
    m.files.iter().filter(|f| digest_of(&root.join(&f.path)).as_deref() != Some(f.sha256.as_str())).cloned().collect()
}

pub fn apply(root: &Path, m: &Manifest, files: &[FileEntry], progress: &mut dyn FnMut(usize, usize)) -> anyhow::Result<()> {
    let rollback = root.join(".rollback");
    std::fs::create_dir_all(&rollback)?;
    for (i, f) in files.iter().enumerate() {
        progress(i, files.len());
        let dest = root.join(&f.path);
        let part = dest.with_extension("part");
        let mut body = Vec::with_capacity(f.size as usize);
        ureq::get(&format!("{UPDATE_BASE}files/{}", f.sha256)).call()?.into_reader().take(f.size + 1).read_to_end(&mut body)?;
        let got = hex::encode(Sha256::digest(&body));
        anyhow::ensure!(got == f.sha256 && body.len() as u64 == f.size, "{}: digest mismatch", f.path);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&part, &body)?;
        #[cfg(unix)]
        if f.path.ends_with("emberfall") {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&part, std::fs::Permissions::from_mode(0o755))?;
        }
        if dest.exists() {
            let keep = rollback.join(f.path.replace('/', "__"));
            std::fs::rename(&dest, keep)?;
        }
        std::fs::rename(&part, &dest)?;
    }
    std::fs::write(root.join("installed_version"), m.version.to_string())?;
    Ok(())
}
