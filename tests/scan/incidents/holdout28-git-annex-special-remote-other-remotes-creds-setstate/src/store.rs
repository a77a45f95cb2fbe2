use crate::protocol::Annex;
use anyhow::{Context, Result};
use rusty_s3::{actions::S3Action, Bucket, Credentials, UrlStyle};
use std::{fs, io::Read, time::Duration};

const DEFAULT_CHUNK: u64 = 64 * 1024 * 1024;
const SIGN_FOR: Duration = Duration::from_secs(900);

pub struct ObjectStore {
    bucket: Bucket,
    creds: Credentials,
    chunk: u64,
    agent: ureq::Agent,
}

impl ObjectStore {
    pub fn configure(annex: &mut Annex) -> Result<Self> {
        let endpoint = annex.query("GETCONFIG endpoint")?;
        let name = annex.query("GETCONFIG bucket")?;
        let chunk = annex.query("GETCONFIG chunksize")?.parse().unwrap_or(DEFAULT_CHUNK);
        let (id, secret) = match (std::env::var("AWS_ACCESS_KEY_ID"), std::env::var("AWS_SECRET_ACCESS_KEY")) {
            (Ok(i), Ok(s)) => {
                annex.send(&format!("SETCREDS objstore {i} {s}"))?;
                (i, s)
            }
            _ => annex.creds("objstore")?,
        };
        let bucket = Bucket::new(endpoint.parse().context("endpoint")?, UrlStyle::Path, name, "us-east-1")?;
        Ok(ObjectStore { bucket, creds: Credentials::new(id, secret), chunk, agent: ureq::agent() })
    }

    fn object(&self, key: &str, n: usize) -> String {
        format!("{key}.{n:04}")
    }

    pub fn put_chunked(&self, key: &str, file: &str) -> Result<Vec<(String, u64)>> {
        let mut f = fs::File::open(file)?;
        let mut out = Vec::new();
        let mut buf = vec![0u8; self.chunk.min(8 << 20) as usize];
        let mut n = 0;
        loop {
            let mut part = Vec::new();
            while (part.len() as u64) < self.chunk {
                let r = f.read(&mut buf)?;
                if r == 0 {
                    break;
                }
                part.extend_from_slice(&buf[..r]);
            }
            if part.is_empty() && n > 0 {
                break;
            }
            let name = self.object(key, n);
            let url = self.bucket.put_object(Some(&self.creds), &name).sign(SIGN_FOR);
            self.agent.put(url.as_str()).send_bytes(&part)?;
            out.push((name, part.len() as u64));
            n += 1;
            if (part.len() as u64) < self.chunk {
                break;
            }
        }
        Ok(out)
    }

    pub fn get_chunked(&self, key: &str, chunks: &[String], file: &str) -> Result<()> {
        let mut data = Vec::new();
        let names: Vec<String> =
            if chunks.is_empty() { vec![self.object(key, 0)] } else { chunks.to_vec() };
        for name in names {
            let url = self.bucket.get_object(Some(&self.creds), &name).sign(SIGN_FOR);
            self.agent.get(url.as_str()).call()?.into_reader().read_to_end(&mut data)?;
        }
        fs::write(file, data)?;
        Ok(())
    }

    pub fn exists(&self, key: &str) -> Result<bool> {
        let url = self.bucket.head_object(Some(&self.creds), &self.object(key, 0)).sign(SIGN_FOR);
        match self.agent.head(url.as_str()).call() {
            Ok(_) => Ok(true),
            Err(ureq::Error::Status(404, _)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    pub fn remove(&self, key: &str) -> Result<()> {
        let url = self.bucket.delete_object(Some(&self.creds), &self.object(key, 0)).sign(SIGN_FOR);
        self.agent.delete(url.as_str()).call()?;
        Ok(())
    }
}
