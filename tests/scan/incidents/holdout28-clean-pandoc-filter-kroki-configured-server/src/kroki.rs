use base64::{engine::general_purpose::URL_SAFE, Engine};
use flate2::{write::ZlibEncoder, Compression};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Duration;

fn cache_path(kind: &str, source: &str) -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
    base.join("pandoc-diagrams").join(format!("{}.svg", hex::encode(Sha256::digest(format!("{kind}:{source}")))))
}

pub fn cached(kind: &str, source: &str) -> Option<String> {
    std::fs::read_to_string(cache_path(kind, source)).ok()
}

pub fn encode(source: &str) -> String {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    z.write_all(source.as_bytes()).expect("in-memory write");
    URL_SAFE.encode(z.finish().expect("in-memory finish"))
}

pub struct Client {
    base: String,
    agent: ureq::Agent,
}

impl Client {
    pub fn new(base: &str) -> Self {
        Client {
            base: base.trim_end_matches('/').to_string(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build(),
        }
    }

    pub fn render(&self, kind: &str, source: &str) -> Option<String> {
        if let Some(hit) = cached(kind, source) {
            return Some(hit);
        }
        let url = format!("{}/{kind}/svg/{}", self.base, encode(source));
        let resp = match self.agent.get(&url).call() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("pandoc-diagrams: {kind} block not rendered: {e}");
                return None;
            }
        };
        let mut svg = String::new();
        resp.into_reader().take(4 << 20).read_to_string(&mut svg).ok()?;
        if !svg.contains("<svg") {
            return None;
        }
        let p = cache_path(kind, source);
        let _ = std::fs::create_dir_all(p.parent()?);
        let _ = std::fs::write(&p, &svg);
        Some(svg)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn encoding_roundtrips() {
        use flate2::read::ZlibDecoder;
        use std::io::Read;
        let enc = super::encode("digraph G { a -> b }");
        let raw = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE, enc).unwrap();
        let mut s = String::new();
        ZlibDecoder::new(raw.as_slice()).read_to_string(&mut s).unwrap();
        assert_eq!(s, "digraph G { a -> b }");
    }
}
