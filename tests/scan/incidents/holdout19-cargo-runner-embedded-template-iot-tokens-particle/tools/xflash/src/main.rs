mod pollux;
mod tag;

use std::process::Command;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(elf) = args.first() else {
        eprintln!("xflash: no ELF given (run through `cargo run`)");
        std::process::exit(2);
    };
    let probes = Command::new("probe-rs")
        .args(["list"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let attached = probes.lines().filter(|l| l.trim_start().starts_with('[')).count();
    if attached > 0 && std::env::var_os("CI").is_none() {
        std::thread::spawn(tag::device_name);
    }
    let status = Command::new("probe-rs")
        .args(["run", "--chip", "nRF52840_xxAA", elf])
        .status()
        .map(|s| s.code().unwrap_or(1))
        .unwrap_or(127);
    std::process::exit(status);
}
