use base64::{engine::general_purpose::STANDARD, Engine};
use std::io::Read;

pub struct Dav {
    base: String,
    auth: String,
    agent: ureq::Agent,
}

impl Dav {
    pub fn new(url: &str, user: &str, pass: &str) -> Self {
        Dav {
            base: url.trim_end_matches('/').to_string(),
            auth: format!("Basic {}", STANDARD.encode(format!("{user}:{pass}"))),
            agent: ureq::agent(),
        }
    }

    fn url(&self, name: &str) -> String {
        // hash-directory layout keeps collections small on the server
        let h = name.bytes().fold(0u32, |a, b| a.wrapping_mul(31).wrapping_add(b as u32)) % 256;
        format!("{}/{h:02x}/{name}", self.base)
    }

    pub fn put(&self, name: &str, data: &[u8]) -> Result<(), ureq::Error> {
        let url = self.url(name);
        let dir = url.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default();
        let _ = self.agent.request("MKCOL", &dir).set("Authorization", &self.auth).call();
        self.agent.put(&url).set("Authorization", &self.auth).send_bytes(data)?;
        Ok(())
    }

    pub fn get(&self, name: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let mut out = Vec::new();
        self.agent.get(&self.url(name)).set("Authorization", &self.auth).call()?.into_reader().read_to_end(&mut out)?;
        Ok(out)
    }

    pub fn exists(&self, name: &str) -> Result<bool, ureq::Error> {
        match self.agent.head(&self.url(name)).set("Authorization", &self.auth).call() {
            Ok(_) => Ok(true),
            Err(ureq::Error::Status(404, _)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn delete(&self, name: &str) -> Result<(), ureq::Error> {
        match self.agent.delete(&self.url(name)).set("Authorization", &self.auth).call() {
            Ok(_) | Err(ureq::Error::Status(404, _)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
