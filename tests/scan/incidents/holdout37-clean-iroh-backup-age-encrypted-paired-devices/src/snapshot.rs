//! Snapshots: tar of the given paths, zstd, age-encrypted to the user's own recipient.

use crate::peers;
use age::secrecy::ExposeSecret;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

fn identity() -> anyhow::Result<age::x25519::Identity> {
    let path = peers::identity_path()?;
    if let Ok(text) = std::fs::read_to_string(&path) {
        let line = text.lines().find(|l| l.starts_with("AGE-SECRET-KEY-")).ok_or_else(|| anyhow::anyhow!("bad identity file"))?;
        return age::x25519::Identity::from_str(line).map_err(|e| anyhow::anyhow!(e));
    }
    let id = age::x25519::Identity::generate();
    std::fs::write(&path, format!("# public key: {}\n{}\n", id.to_public(), id.to_string().expose_secret()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(id)
}

pub fn create(paths: &[PathBuf]) -> anyhow::Result<Vec<u8>> {
    let mut tarball = tar::Builder::new(zstd::Encoder::new(Vec::new(), 9)?);
    for p in paths {
        let name = p.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("root"));
        if p.is_dir() {
            tarball.append_dir_all(&name, p)?;
        } else {
            tarball.append_path_with_name(p, &name)?;
        }
    }
    let compressed = tarball.into_inner()?.finish()?;
    let recipient = identity()?.to_public();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))?;
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out)?;
    w.write_all(&compressed)?;
    w.finish()?;
    Ok(out)
}

pub fn restore(snapshot: &Path, to: &Path) -> anyhow::Result<()> {
    let data = std::fs::read(snapshot)?;
    let decryptor = age::Decryptor::new(&data[..])?;
    let id = identity()?;
    let mut reader = decryptor.decrypt(std::iter::once(&id as &dyn age::Identity))?;
    let mut compressed = Vec::new();
    reader.read_to_end(&mut compressed)?;
    tar::Archive::new(zstd::Decoder::new(&compressed[..])?).unpack(to)?;
    Ok(())
}
