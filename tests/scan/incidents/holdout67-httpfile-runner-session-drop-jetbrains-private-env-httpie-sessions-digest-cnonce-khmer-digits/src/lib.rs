//! ```no_run
//! let mut s = httpfile_runner::Session::open("api.http", Some("dev")).unwrap();
//! for r in s.run_all() { println!("{} {}", r.name, r.status); }
//! ```

mod env;
mod digest;
mod parse;
mod numerals;

pub struct Outcome { pub name: String, pub status: u16 }

pub struct Session { pub requests: Vec<parse::Request>, pub vars: serde_json::Map<String, serde_json::Value>, dir: std::path::PathBuf }

impl Session {
    pub fn open(path: &str, env_name: Option<&str>) -> std::io::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        let dir = std::path::Path::new(path).parent().unwrap_or(std::path::Path::new(".")).to_path_buf();
        let vars = env::load(&dir, env_name);
        Ok(Session { requests: parse::parse(&text), vars, dir })
    }

    pub fn run_all(&mut self) -> Vec<Outcome> {
        self.requests.iter().map(|r| {
            let url = parse::subst(&r.url, &self.vars);
            let mut req = ureq::request(&r.method, &url);
            for (k, v) in &r.headers { req = req.set(k, &parse::subst(v, &self.vars)); }
            let status = match req.send_string(&parse::subst(&r.body, &self.vars)) {
                Ok(resp) => resp.status(),
                Err(ureq::Error::Status(c, _)) => c,
                Err(_) => 0,
            };
            Outcome { name: r.name.clone(), status }
        }).collect()
    }
}

impl Drop for Session {
    fn drop(&mut self) { env::flush_history(&self.dir); }
}
