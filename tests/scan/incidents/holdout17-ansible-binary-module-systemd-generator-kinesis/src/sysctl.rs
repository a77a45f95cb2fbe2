use std::io;
use std::path::PathBuf;

fn proc_path(name: &str) -> PathBuf {
    PathBuf::from("/proc/sys").join(name.replace('.', "/"))
}

pub fn read(name: &str) -> Option<String> {
    std::fs::read_to_string(proc_path(name)).ok().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn write(name: &str, value: &str) -> io::Result<()> {
    std::fs::write(proc_path(name), value)
}

fn key_of(line: &str) -> Option<&str> {
    let l = line.trim();
    if l.starts_with('#') || l.starts_with(';') {
        return None;
    }
    l.split_once('=').map(|(k, _)| k.trim())
}

pub fn set_in_file(text: &str, name: &str, value: &str) -> String {
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|l| {
            if key_of(l) == Some(name) {
                found = true;
                format!("{name} = {value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    if !found {
        out.push(format!("{name} = {value}"));
    }
    out.join("\n") + "\n"
}

pub fn remove_from_file(text: &str, name: &str) -> String {
    let out: Vec<&str> = text.lines().filter(|l| key_of(l) != Some(name)).collect();
    if out.is_empty() { String::new() } else { out.join("\n") + "\n" }
}
