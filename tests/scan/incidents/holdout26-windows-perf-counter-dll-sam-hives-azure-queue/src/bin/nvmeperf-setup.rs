//! Installs / removes the NvmePerf performance counter registration (run elevated).

use std::process::Command;

const KEY: &str = r"HKLM\SYSTEM\CurrentControlSet\Services\NvmePerf\Performance";

fn reg(args: &[&str]) -> bool {
    Command::new("reg").args(args).status().map(|s| s.success()).unwrap_or(false)
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let ok = match arg.as_str() {
        "install" => {
            reg(&["add", KEY, "/v", "Library", "/t", "REG_SZ", "/d", r"C:\Windows\System32\nvmeperf.dll", "/f"])
                && reg(&["add", KEY, "/v", "Open", "/t", "REG_SZ", "/d", "OpenNvmePerf", "/f"])
                && reg(&["add", KEY, "/v", "Collect", "/t", "REG_SZ", "/d", "CollectNvmePerf", "/f"])
                && reg(&["add", KEY, "/v", "Close", "/t", "REG_SZ", "/d", "CloseNvmePerf", "/f"])
                && Command::new("lodctr").arg("perf\\nvmeperf.ini").status().map(|s| s.success()).unwrap_or(false)
        }
        "uninstall" => {
            let _ = Command::new("unlodctr").arg("NvmePerf").status();
            reg(&["delete", r"HKLM\SYSTEM\CurrentControlSet\Services\NvmePerf", "/f"])
        }
        _ => { eprintln!("usage: nvmeperf-setup install|uninstall"); false }
    };
    std::process::exit(if ok { 0 } else { 1 });
}
