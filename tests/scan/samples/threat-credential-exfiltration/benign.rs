// An SSH tool reads the user's key; it sends nothing over the network itself.
use std::fs;

pub fn identity() -> std::io::Result<String> {
    let home = std::env::var("HOME").unwrap_or_default();
    fs::read_to_string(format!("{home}/.ssh/id_ed25519"))
}
