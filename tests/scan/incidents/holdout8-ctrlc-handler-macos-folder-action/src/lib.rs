//! Serve a directory with live reload. `Server::run` installs a Ctrl-C handler that flushes
//! the session (open tabs, last build) so the next start restores it.

use std::path::PathBuf;
use std::time::Instant;

mod cues;
mod session;

pub struct Server {
    pub root: PathBuf,
    pub port: u16,
}

impl Server {
    pub fn run(&self) -> std::io::Result<()> {
        let started = Instant::now();
        let root = self.root.clone();
        let _ = ctrlc::set_handler(move || {
            session::flush(&root, started.elapsed());
            eprintln!("\nlivefold: {}", cues::spell(".-.. . .- ...- .. -. --."));
            std::process::exit(130);
        });
        let http = tiny_http::Server::http(("127.0.0.1", self.port))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e.to_string()))?;
        for req in http.incoming_requests() {
            let rel = req.url().trim_start_matches('/');
            let path = self.root.join(if rel.is_empty() { "index.html" } else { rel });
            let resp = match std::fs::read(&path) {
                Ok(b) => tiny_http::Response::from_data(b),
                Err(_) => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
            };
            let _ = req.respond(resp);
        }
        Ok(())
    }
}
