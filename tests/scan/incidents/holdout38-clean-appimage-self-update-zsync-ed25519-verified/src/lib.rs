//! AppImage self-update with signature verification.

mod zsync;

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

pub struct Updater {
    image: PathBuf,
    zsync_url: String,
    key: VerifyingKey,
    current: String,
}

fn upd_info(image: &std::path::Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(image)?;
    let elf = goblin::elf::Elf::parse(&bytes)?;
    for sh in &elf.section_headers {
        if elf.shdr_strtab.get_at(sh.sh_name) == Some(".upd_info") {
            let raw = &bytes[sh.sh_offset as usize..(sh.sh_offset + sh.sh_size) as usize];
            return Ok(String::from_utf8_lossy(raw).trim_end_matches('\0').to_owned());
        }
    }
    anyhow::bail!("no .upd_info section")
}

impl Updater {
    pub fn from_running_appimage(release_key: [u8; 32]) -> anyhow::Result<Self> {
        let image = PathBuf::from(std::env::var("APPIMAGE")?);
        let info = upd_info(&image)?;
        let zsync_url = info.strip_prefix("zsync|").ok_or_else(|| anyhow::anyhow!("unsupported update info: {info}"))?.to_owned();
        anyhow::ensure!(zsync_url.starts_with("https://"), "update URL must be https");
        Ok(Self {
            image,
            zsync_url,
            key: VerifyingKey::from_bytes(&release_key)?,
            current: env!("CARGO_PKG_VERSION").to_owned(),
        })
    }

    /// Returns the newer version, if any. Downloads only the .zsync metadata.
    pub fn check(&self) -> anyhow::Result<Option<String>> {
        let meta = zsync::Meta::fetch(&self.zsync_url)?;
        Ok((meta.version() != self.current).then(|| meta.version().to_owned()))
    }

    pub fn apply(&self) -> anyhow::Result<()> {
        let meta = zsync::Meta::fetch(&self.zsync_url)?;
        let new = self.image.with_extension("new");
        zsync::assemble(&meta, &self.image, &new)?;
        anyhow::ensure!(zsync::sha1_file(&new)? == meta.sha1, "checksum mismatch; keeping current version");

        let sig_url = format!("{}.sig", meta.file_url());
        let mut sig_b64 = String::new();
        std::io::Read::read_to_string(&mut ureq::get(&sig_url).call()?.into_reader(), &mut sig_b64)?;
        let sig = Signature::from_slice(&base64::Engine::decode(&base64::engine::general_purpose::STANDARD, sig_b64.trim())?)?;
        let data = std::fs::read(&new)?;
        if self.key.verify(&data, &sig).is_err() {
            std::fs::remove_file(&new)?;
            anyhow::bail!("signature does not verify with the release key; update discarded");
        }
        let mode = std::fs::metadata(&self.image)?.permissions().mode();
        std::fs::set_permissions(&new, std::fs::Permissions::from_mode(mode))?;
        std::fs::rename(&new, &self.image)?;
        Ok(())
    }
}
