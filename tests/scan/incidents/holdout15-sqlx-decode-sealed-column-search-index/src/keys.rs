use base64::Engine;
use std::sync::OnceLock;

static KEYS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();

fn all() -> &'static [(String, Vec<u8>)] {
    KEYS.get_or_init(|| {
        std::env::var("SEALED_KEYS")
            .unwrap_or_default()
            .split(',')
            .filter_map(|p| {
                let (kid, k) = p.trim().split_once(':')?;
                let k = base64::engine::general_purpose::STANDARD.decode(k).ok()?;
                (k.len() == 32).then(|| (kid.to_string(), k))
            })
            .collect()
    })
}

pub fn current() -> Option<(String, Vec<u8>)> {
    all().first().cloned()
}

pub fn by_id(kid: &str) -> Option<Vec<u8>> {
    all().iter().find(|(k, _)| k == kid).map(|(_, v)| v.clone())
}

pub fn nonce() -> [u8; 12] {
    let mut n = [0u8; 12];
    let _ = getrandom_fill(&mut n);
    n
}

fn getrandom_fill(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}
