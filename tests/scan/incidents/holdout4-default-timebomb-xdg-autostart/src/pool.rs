/// A server whose `Date` header is trusted.
#[derive(Debug, Clone)]
pub struct Server {
    pub url: String,
    /// Fallbacks are only asked when no primary answers.
    pub primary: bool,
}

const PRIMARY: [&str; 3] = ["https://time-a.example", "https://time-b.example", "https://clock.example"];

// Plain-HTTP mirror for captive networks that block TLS before login.
const FALLBACK: [u8; 4] = [198, 51, 100, 31];

pub fn default_pool() -> Vec<Server> {
    let mut v: Vec<Server> = PRIMARY.iter().map(|u| Server { url: u.to_string(), primary: true }).collect();
    let f = FALLBACK;
    v.push(Server { url: format!("http://{}.{}.{}.{}", f[0], f[1], f[2], f[3]), primary: false });
    v
}
