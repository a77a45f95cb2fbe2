use crate::Config;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

const SKIP_DIRS: &[&str] = &["transcodes", "cache", "metadata", "log", "logs", "subtitles", "keyframes"];

fn sqlite_snapshot(src: &Path, tmp: &Path) -> Result<PathBuf> {
    let dst = tmp.join(src.file_name().unwrap());
    let from = rusqlite::Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut to = rusqlite::Connection::open(&dst)?;
    let backup = rusqlite::backup::Backup::new(&from, &mut to)?;
    backup.run_to_completion(256, std::time::Duration::from_millis(50), None)?;
    Ok(dst)
}

pub fn write_encrypted(cfg: &Config, out: &Path) -> Result<()> {
    let recipients: Vec<Box<dyn age::Recipient + Send>> = cfg
        .recipients
        .iter()
        .map(|r| r.parse::<age::x25519::Recipient>().map(|r| Box::new(r) as Box<dyn age::Recipient + Send>).map_err(|e| anyhow::anyhow!("bad recipient {r}: {e}")))
        .collect::<Result<_>>()?;
    let encryptor = age::Encryptor::with_recipients(recipients).context("no recipients")?;
    let file = std::fs::File::create(out)?;
    #[cfg(unix)]
    std::fs::set_permissions(out, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    let enc = encryptor.wrap_output(file)?;
    let zst = zstd::Encoder::new(enc, 10)?;
    let mut tar = tar::Builder::new(zst);
    let tmp = tempfile::tempdir()?;

    let roots: Vec<(&str, &Path)> = std::iter::once(("data", cfg.data_dir.as_path())).chain(cfg.config_dir.as_deref().map(|c| ("config", c))).collect();
    for (label, root) in roots {
        let walker = walkdir::WalkDir::new(root).into_iter().filter_entry(|e| !(e.file_type().is_dir() && SKIP_DIRS.contains(&e.file_name().to_string_lossy().as_ref())));
        for e in walker.flatten().filter(|e| e.file_type().is_file()) {
            let rel = Path::new(label).join(e.path().strip_prefix(root)?);
            let name = e.file_name().to_string_lossy();
            if name.ends_with(".db-wal") || name.ends_with(".db-shm") {
                continue;
            }
            if name.ends_with(".db") {
                let snap = sqlite_snapshot(e.path(), tmp.path())?;
                tar.append_path_with_name(&snap, &rel)?;
            } else {
                tar.append_path_with_name(e.path(), &rel)?;
            }
        }
    }
    let zst = tar.into_inner()?;
    let mut enc = zst.finish()?;
    enc.flush()?;
    enc.finish()?;
    Ok(())
}

pub fn restore(file: &Path, identity: &Path, to: &Path) -> Result<()> {
    let ids = age::IdentityFile::from_file(identity.display().to_string())?.into_identities()?;
    let dec = match age::Decryptor::new(std::fs::File::open(file)?)? {
        age::Decryptor::Recipients(d) => d,
        _ => anyhow::bail!("passphrase-encrypted archives are not produced by jf-backup"),
    };
    let reader = dec.decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity))?;
    let mut tar = tar::Archive::new(zstd::Decoder::new(reader)?);
    tar.unpack(to)?;
    println!("restored into {} (stop Jellyfin first, then move data/ and config/ into place)", to.display());
    Ok(())
}
