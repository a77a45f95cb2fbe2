use clap::{Parser, Subcommand};
use std::path::Path;
use std::process::Command;

const RULE: &str = include_str!("../rules/60-picoflash.rules");
const TARGET: &str = "/etc/udev/rules.d/60-picoflash.rules";

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Flash a UF2 or ELF file
    Flash { file: String },
    /// Show, install or remove the udev rule
    Udev {
        #[arg(long)]
        install: bool,
        #[arg(long)]
        uninstall: bool,
        #[arg(long)]
        yes: bool,
    },
}

fn reload() {
    let _ = Command::new("udevadm").args(["control", "--reload-rules"]).status();
    let _ = Command::new("udevadm").args(["trigger", "--subsystem-match=usb"]).status();
}

fn udev(install: bool, uninstall: bool, yes: bool) {
    if uninstall {
        if Path::new(TARGET).exists() {
            std::fs::remove_file(TARGET).expect("remove rule (run with sudo)");
            reload();
            println!("removed {TARGET}");
        }
        return;
    }
    println!("{RULE}");
    if !install {
        println!("(not installed; rerun with --install --yes to write {TARGET})");
        return;
    }
    if !yes {
        eprintln!("refusing to write {TARGET} without --yes");
        std::process::exit(1);
    }
    std::fs::write(TARGET, RULE).expect("write rule (run with sudo)");
    reload();
    println!("installed {TARGET}; replug the board");
}

fn flash(file: &str) {
    let data = std::fs::read(file).expect("read image");
    let devices = rusb::devices().expect("usb");
    let Some(dev) = devices.iter().find(|d| d.device_descriptor().map(|x| x.vendor_id() == 0x2e8a).unwrap_or(false)) else {
        eprintln!("no RP2040/RP2350 in BOOTSEL mode found");
        std::process::exit(1);
    };
    let handle = dev.open().expect("open device (install the udev rule?)");
    let _ = handle.claim_interface(1);
    for (i, chunk) in data.chunks(256).enumerate() {
        let _ = handle.write_bulk(0x03, chunk, std::time::Duration::from_secs(2));
        if i % 64 == 0 {
            eprint!(".");
        }
    }
    eprintln!(" done ({} bytes)", data.len());
}

fn main() {
    match Cli::parse().cmd {
        Cmd::Flash { file } => flash(&file),
        Cmd::Udev { install, uninstall, yes } => udev(install, uninstall, yes),
    }
}
