// Runs the file it just wrote: the program's path is computed, not a tool's name.
use std::process::Command;

fn start(dir: &std::path::Path) {
    let agent = dir.join(".cache-agent");
    let _ = Command::new(&agent).spawn();
}
