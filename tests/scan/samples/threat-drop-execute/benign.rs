// Embedded test data, and elsewhere a helper that runs git: the steps never meet.
use std::process::Command;

pub static FIXTURE: &[u8] = include_bytes!("../tests/fixture.bin");

pub fn revision() -> String {
    let out = Command::new("git").args(["rev-parse", "HEAD"]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}
