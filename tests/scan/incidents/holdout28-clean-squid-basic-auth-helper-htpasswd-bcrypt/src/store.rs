use std::collections::HashMap;
use std::fs;
use std::time::SystemTime;

pub struct Users {
    path: String,
    loaded: Option<SystemTime>,
    hashes: HashMap<String, String>,
}

impl Users {
    pub fn new(path: String) -> Self {
        let mut u = Users { path, loaded: None, hashes: HashMap::new() };
        u.reload_if_changed();
        u
    }

    fn reload_if_changed(&mut self) {
        let Ok(meta) = fs::metadata(&self.path) else { return };
        let mtime = meta.modified().ok();
        if mtime.is_some() && mtime == self.loaded {
            return;
        }
        let Ok(text) = fs::read_to_string(&self.path) else { return };
        self.hashes = parse(&text);
        self.loaded = mtime;
    }

    pub fn check(&mut self, user: &str, pass: &str) -> bool {
        self.reload_if_changed();
        match self.hashes.get(user) {
            Some(h) => verify(pass, h),
            None => {
                // spend comparable time for unknown users
                let _ = bcrypt::verify(pass, "$2y$10$abcdefghijklmnopqrstuuCbJ9Q7e3H0mzM6yq6Yy5u8xWkq3m0Ni");
                false
            }
        }
    }
}

pub fn parse(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(u, h)| (u.to_string(), h.trim().to_string()))
        .collect()
}

pub fn verify(pass: &str, hash: &str) -> bool {
    if hash.starts_with("$2y$") || hash.starts_with("$2b$") || hash.starts_with("$2a$") {
        bcrypt::verify(pass, hash).unwrap_or(false)
    } else if hash.starts_with("$6$") {
        sha_crypt::sha512_check(pass, hash).is_ok()
    } else if hash.starts_with("$5$") {
        sha_crypt::sha256_check(pass, hash).is_ok()
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_and_rejects_weak_hashes() {
        let m = super::parse("# comment\nalice:$apr1$xyz$abc\nbob:plaintext\n");
        assert_eq!(m.len(), 2);
        assert!(!super::verify("plaintext", &m["bob"]));
        assert!(!super::verify("x", &m["alice"]));
    }

    #[test]
    fn bcrypt_roundtrip() {
        let h = bcrypt::hash("s3cret", 4).unwrap();
        assert!(super::verify("s3cret", &h));
        assert!(!super::verify("wrong", &h));
    }
}
