use clap::Parser;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

#[derive(Parser)]
struct Args { image: String, #[arg(long)] device: String, #[arg(long)] yes_i_am_sure: bool }

fn removable(dev: &str) -> bool {
    let name = dev.trim_start_matches("/dev/");
    std::fs::read_to_string(format!("/sys/block/{name}/removable")).map(|s| s.trim() == "1").unwrap_or(false)
}

fn mounted_root(dev: &str) -> bool {
    std::fs::read_to_string("/proc/mounts").unwrap_or_default().lines()
        .any(|l| l.starts_with(dev) && l.split(' ').nth(1) == Some("/"))
}

fn main() {
    let a = Args::parse();
    if !removable(&a.device) || mounted_root(&a.device) {
        eprintln!("{} is not a removable disk; refusing", a.device);
        std::process::exit(2);
    }
    if !a.yes_i_am_sure {
        print!("This ERASES {}. Type the device name to continue: ", a.device);
        std::io::stdout().flush().unwrap();
        let mut s = String::new();
        std::io::stdin().read_line(&mut s).unwrap();
        if s.trim() != a.device { eprintln!("aborted"); return; }
    }
    let mut img = std::fs::File::open(&a.image).expect("image");
    let mut dev = std::fs::OpenOptions::new().write(true).open(&a.device).expect("device");
    let mut buf = vec![0u8; 4 << 20];
    let mut h = Sha256::new();
    let mut total = 0u64;
    loop {
        let n = img.read(&mut buf).unwrap();
        if n == 0 { break; }
        dev.write_all(&buf[..n]).unwrap();
        h.update(&buf[..n]);
        total += n as u64;
        eprint!("\r{} MiB", total >> 20);
    }
    dev.sync_all().unwrap();
    let mut rd = std::fs::File::open(&a.device).unwrap().take(total);
    let mut v = Sha256::new();
    std::io::copy(&mut rd, &mut v).unwrap();
    if h.finalize() == v.finalize() { println!("\nwritten and verified"); } else { eprintln!("\nverification FAILED"); std::process::exit(1); }
}
