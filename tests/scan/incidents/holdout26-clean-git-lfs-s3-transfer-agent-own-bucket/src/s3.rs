//! S3 GetObject / PutObject against the configured bucket, signed with SigV4.

use crate::creds::Creds;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::io::Read;
use time::macros::format_description;

pub struct Bucket { pub name: String, pub region: String, pub prefix: String, pub creds: Creds }

fn hmac(k: &[u8], m: &str) -> Vec<u8> {
    let mut h = Hmac::<Sha256>::new_from_slice(k).expect("key");
    h.update(m.as_bytes());
    h.finalize().into_bytes().to_vec()
}

impl Bucket {
    fn host(&self) -> String { format!("{}.s3.{}.amazonaws.com", self.name, self.region) }

    fn key(&self, oid: &str) -> String {
        if self.prefix.is_empty() { format!("/{oid}") } else { format!("/{}/{oid}", self.prefix) }
    }

    fn signed(&self, method: &str, path: &str, payload_hash: &str) -> Vec<(String, String)> {
        let now = time::OffsetDateTime::now_utc();
        let amz = now.format(format_description!("[year][month][day]T[hour][minute][second]Z")).unwrap_or_default();
        let date = amz[..8].to_string();
        let mut h = vec![
            ("host".to_string(), self.host()),
            ("x-amz-content-sha256".to_string(), payload_hash.to_string()),
            ("x-amz-date".to_string(), amz.clone()),
        ];
        if let Some(t) = &self.creds.token { h.push(("x-amz-security-token".into(), t.clone())); }
        h.sort();
        let names: Vec<&str> = h.iter().map(|(k, _)| k.as_str()).collect();
        let canon: String = h.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        let req = format!("{method}\n{path}\n\n{canon}\n{}\n{payload_hash}", names.join(";"));
        let scope = format!("{date}/{}/s3/aws4_request", self.region);
        let sts = format!("AWS4-HMAC-SHA256\n{amz}\n{scope}\n{}", hex::encode(Sha256::digest(req.as_bytes())));
        let mut k = hmac(format!("AWS4{}", self.creds.secret).as_bytes(), &date);
        for part in [self.region.as_str(), "s3", "aws4_request"] { k = hmac(&k, part); }
        let sig = hex::encode(hmac(&k, &sts));
        let auth = format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={}, Signature={sig}", self.creds.key, names.join(";"));
        let mut out: Vec<(String, String)> = h.into_iter().filter(|(k, _)| k != "host").collect();
        out.push(("authorization".into(), auth));
        out
    }

    pub fn put(&self, oid: &str, path: &str) -> Result<u64, String> {
        let body = std::fs::read(path).map_err(|e| e.to_string())?;
        let hash = hex::encode(Sha256::digest(&body));
        if hash != oid { return Err("object content does not match its oid".into()); }
        let key = self.key(oid);
        let mut req = ureq::put(&format!("https://{}{key}", self.host()));
        for (k, v) in self.signed("PUT", &key, &hash) { req = req.set(&k, &v); }
        req.send_bytes(&body).map_err(|e| e.to_string())?;
        Ok(body.len() as u64)
    }

    pub fn get(&self, oid: &str) -> Result<String, String> {
        let key = self.key(oid);
        let mut req = ureq::get(&format!("https://{}{key}", self.host()));
        for (k, v) in self.signed("GET", &key, "UNSIGNED-PAYLOAD") { req = req.set(&k, &v); }
        let mut body = Vec::new();
        req.call().map_err(|e| e.to_string())?.into_reader().read_to_end(&mut body).map_err(|e| e.to_string())?;
        if hex::encode(Sha256::digest(&body)) != oid { return Err("downloaded object failed verification".into()); }
        let dir = std::env::temp_dir().join("git-lfs-s3-agent");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let p = dir.join(oid);
        std::fs::write(&p, body).map_err(|e| e.to_string())?;
        Ok(p.display().to_string())
    }
}
