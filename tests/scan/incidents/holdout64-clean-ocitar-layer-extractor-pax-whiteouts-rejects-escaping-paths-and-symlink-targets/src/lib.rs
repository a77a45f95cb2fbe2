//! Every entry path and link target is resolved lexically against the rootfs; any entry that
//! would resolve outside it, or pass through a symlink, is rejected, whatever its PAX records
//! say. Vendor PAX records are ignored.
use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Escape(PathBuf),
}
impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

fn resolve(root: &Path, rel: &Path) -> Result<PathBuf, Error> {
    let mut out = root.to_path_buf();
    for c in rel.components() {
        match c {
            Component::Normal(p) => {
                out.push(p);
                if out != root.join(rel) && fs::symlink_metadata(&out).map(|m| m.file_type().is_symlink()).unwrap_or(false) {
                    return Err(Error::Escape(rel.to_path_buf()));
                }
            }
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) | Component::ParentDir => return Err(Error::Escape(rel.to_path_buf())),
        }
    }
    Ok(out)
}

fn link_inside(root: &Path, at: &Path, target: &Path) -> bool {
    if target.is_absolute() {
        return false;
    }
    let mut depth = at.parent().and_then(|p| p.strip_prefix(root).ok()).map(|p| p.components().count() as i64).unwrap_or(-1);
    for c in target.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    true
}

pub fn apply_layer<R: Read>(layer: R, root: &Path) -> Result<(), Error> {
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(layer));
    ar.set_preserve_permissions(false);
    ar.set_unpack_xattrs(false);
    for e in ar.entries()? {
        let mut e = e?;
        let rel = e.path()?.into_owned();
        let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(victim) = name.strip_prefix(".wh.") {
            let target = resolve(root, &rel.with_file_name(victim))?;
            let _ = fs::remove_dir_all(&target).or_else(|_| fs::remove_file(&target));
            continue;
        }
        let dest = resolve(root, &rel)?;
        match e.header().entry_type() {
            tar::EntryType::Symlink => {
                let t = e.link_name()?.ok_or_else(|| Error::Escape(rel.clone()))?.into_owned();
                if !link_inside(root, &dest, &t) {
                    return Err(Error::Escape(t));
                }
                let _ = fs::remove_file(&dest);
                #[cfg(unix)]
                std::os::unix::fs::symlink(&t, &dest)?;
            }
            tar::EntryType::Link => {
                let t = e.link_name()?.ok_or_else(|| Error::Escape(rel.clone()))?.into_owned();
                let src = resolve(root, &t)?;
                fs::hard_link(src, &dest)?;
            }
            tar::EntryType::Directory => fs::create_dir_all(&dest)?,
            tar::EntryType::Regular => {
                if let Some(p) = dest.parent() {
                    fs::create_dir_all(p)?;
                }
                let mut f = fs::File::create(&dest)?;
                io::copy(&mut e, &mut f)?;
            }
            _ => {}
        }
    }
    Ok(())
}
