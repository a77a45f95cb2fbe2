//! Azure Blob Storage with a container SAS.

use crate::gitcfg;
use std::fs::File;
use std::io::{Read, Write};

pub struct Blob { base: String, sas: String }

const CHUNK: usize = 4 << 20;

impl Blob {
    pub fn from_git_config() -> Result<Blob, String> {
        let account = gitcfg::get("lfs.azure.account").or_else(|| std::env::var("LFS_AZURE_ACCOUNT").ok()).ok_or("lfs.azure.account not set")?;
        let container = gitcfg::get("lfs.azure.container").unwrap_or_else(|| "lfs".into());
        let sas = gitcfg::get("lfs.azure.sas").or_else(|| std::env::var("LFS_AZURE_SAS").ok()).ok_or("lfs.azure.sas not set")?;
        Ok(Blob { base: format!("https://{account}.blob.core.windows.net/{container}"), sas: sas.trim_start_matches('?').to_string() })
    }

    fn url(&self, oid: &str) -> String {
        format!("{}/{}/{}/{}?{}", self.base, &oid[..2], &oid[2..4], oid, self.sas)
    }

    pub fn put(&self, oid: &str, path: &str, mut progress: impl FnMut(u64, u64)) -> Result<(), String> {
        if oid.len() < 4 { return Err("bad oid".into()); }
        let mut f = File::open(path).map_err(|e| e.to_string())?;
        let size = f.metadata().map_err(|e| e.to_string())?.len();
        let mut body = Vec::with_capacity(size as usize);
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = f.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 { break; }
            body.extend_from_slice(&buf[..n]);
            progress(body.len() as u64, n as u64);
        }
        ureq::put(&self.url(oid))
            .set("x-ms-blob-type", "BlockBlob")
            .set("x-ms-version", "2023-11-03")
            .send_bytes(&body)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    pub fn get(&self, oid: &str) -> Result<String, String> {
        let resp = ureq::get(&self.url(oid)).set("x-ms-version", "2023-11-03").call().map_err(|e| e.to_string())?;
        let dir = gitcfg::lfs_storage().ok_or("no lfs dir")?.join("tmp");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let path = dir.join(format!("{oid}.part"));
        let mut out = File::create(&path).map_err(|e| e.to_string())?;
        let mut reader = resp.into_reader();
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = reader.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 { break; }
            out.write_all(&buf[..n]).map_err(|e| e.to_string())?;
        }
        Ok(path.display().to_string())
    }
}
