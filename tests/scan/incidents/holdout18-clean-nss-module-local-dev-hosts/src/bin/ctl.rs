//! localdev-ctl: manage /etc/localdev/hosts and print the nsswitch line. It never edits
//! /etc/nsswitch.conf.

use std::fs;
use std::io::Write;

const PATH: &str = "/etc/localdev/hosts";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("nsswitch") => {
            let current = fs::read_to_string("/etc/nsswitch.conf").unwrap_or_default();
            let hosts = current.lines().find(|l| l.trim_start().starts_with("hosts:")).unwrap_or("hosts: files dns");
            if hosts.contains("localdev") {
                println!("already configured: {hosts}");
            } else {
                let suggested = hosts.replacen(" dns", " localdev dns", 1);
                println!("current:   {hosts}\nsuggested: {suggested}\n(edit /etc/nsswitch.conf as root to apply)");
            }
        }
        Some("add") if args.len() == 3 => {
            let name = &args[1];
            let addr: std::net::IpAddr = match args[2].parse() {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("{}: {e}", args[2]);
                    std::process::exit(2);
                }
            };
            if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                eprintln!("invalid name {name}");
                std::process::exit(2);
            }
            let _ = fs::create_dir_all("/etc/localdev");
            match fs::OpenOptions::new().create(true).append(true).open(PATH) {
                Ok(mut f) => {
                    let _ = writeln!(f, "{addr} {name}");
                    println!("{name}.localdev -> {addr}");
                }
                Err(e) => {
                    eprintln!("{PATH}: {e} (run with sudo)");
                    std::process::exit(1);
                }
            }
        }
        Some("list") => print!("{}", fs::read_to_string(PATH).unwrap_or_default()),
        _ => eprintln!("usage: localdev-ctl nsswitch | add NAME ADDR | list"),
    }
}
