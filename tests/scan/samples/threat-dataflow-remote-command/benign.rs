// A health-check endpoint: it runs a fixed diagnostic program; the request only chooses
// whether to include its output.
use std::process::Command;

pub fn health(req: &Request<'_>) -> String {
    let verbose = req.query_value::<bool>("verbose").unwrap_or(false);
    let out = Command::new("uptime").output().map(|o| o.stdout).unwrap_or_default();
    if verbose { String::from_utf8_lossy(&out).into_owned() } else { "ok".to_owned() }
}
