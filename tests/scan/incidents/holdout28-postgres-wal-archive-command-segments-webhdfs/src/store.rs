use crate::conf::Settings;
use anyhow::{bail, Result};
use rusty_s3::{actions::S3Action, Bucket, Credentials, UrlStyle};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::time::Duration;

pub struct Store {
    bucket: Bucket,
    creds: Credentials,
    prefix: String,
    agent: ureq::Agent,
}

impl Store {
    pub fn new(cfg: &Settings) -> Result<Self> {
        let bucket = Bucket::new(cfg.endpoint.parse()?, UrlStyle::VirtualHost, cfg.bucket.clone(), cfg.region.clone())?;
        Ok(Store {
            bucket,
            creds: Credentials::new(cfg.key_id.clone(), cfg.secret.clone()),
            prefix: cfg.prefix.clone(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(120)).build(),
        })
    }

    fn key(&self, name: &str) -> String {
        let timeline = name.get(..8).unwrap_or("00000001");
        format!("{}/{timeline}/{name}.zst", self.prefix)
    }

    pub fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        let mut action = self.bucket.put_object(Some(&self.creds), &self.key(name));
        let sum = hex::encode(Sha256::digest(data));
        action.headers_mut().insert("x-amz-meta-sha256", sum.clone());
        let url = action.sign(Duration::from_secs(600));
        let resp = self.agent.put(url.as_str()).set("x-amz-meta-sha256", &sum).send_bytes(data)?;
        if resp.status() != 200 {
            bail!("upload of {name} returned {}", resp.status());
        }
        Ok(())
    }

    pub fn get(&self, name: &str) -> Result<Vec<u8>> {
        let url = self.bucket.get_object(Some(&self.creds), &self.key(name)).sign(Duration::from_secs(600));
        let mut out = Vec::new();
        self.agent.get(url.as_str()).call()?.into_reader().read_to_end(&mut out)?;
        Ok(out)
    }
}
