//! blkwipe /dev/sdX [--passes N] [--random] [--verify]
//!
//! Destroys all data on the named device. You must type the device name back to confirm.

use clap::Parser;
use rand::RngCore;
use std::io::{BufRead, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    device: PathBuf,
    #[arg(long, default_value_t = 1)]
    passes: u32,
    #[arg(long)]
    random: bool,
    #[arg(long)]
    verify: bool,
    /// Skip the confirmation prompt (for scripted decommissioning).
    #[arg(long)]
    yes_i_am_sure: bool,
}

fn mounted(dev: &str) -> bool {
    std::fs::read_to_string("/proc/mounts").unwrap_or_default().lines().any(|l| l.split_whitespace().next().map_or(false, |s| s.starts_with(dev)))
}

fn size_of(dev: &std::fs::File) -> u64 {
    let mut f = dev.try_clone().unwrap();
    f.seek(SeekFrom::End(0)).unwrap_or(0)
}

fn main() {
    let a = Args::parse();
    let dev = a.device.display().to_string();
    if !dev.starts_with("/dev/") {
        eprintln!("refusing: {dev} is not a device node");
        std::process::exit(2);
    }
    if mounted(&dev) {
        eprintln!("refusing: {dev} (or one of its partitions) is mounted");
        std::process::exit(2);
    }
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("blkwipe needs root to open {dev}");
        std::process::exit(1);
    }
    let mut f = std::fs::OpenOptions::new().read(true).write(true).open(&a.device).expect("open device");
    let size = size_of(&f);
    if !a.yes_i_am_sure {
        println!("This will irreversibly destroy all {:.1} GiB on {dev}.", size as f64 / (1u64 << 30) as f64);
        print!("Type the device name to continue: ");
        std::io::stdout().flush().ok();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).ok();
        if line.trim() != dev {
            eprintln!("aborted");
            std::process::exit(1);
        }
    }
    let mut buf = vec![0u8; 4 << 20];
    for pass in 1..=a.passes {
        f.seek(SeekFrom::Start(0)).unwrap();
        let mut done = 0u64;
        while done < size {
            if a.random {
                rand::thread_rng().fill_bytes(&mut buf);
            }
            let n = ((size - done) as usize).min(buf.len());
            f.write_all(&buf[..n]).expect("write");
            done += n as u64;
            eprint!("\rpass {pass}/{}: {:>3}%", a.passes, done * 100 / size.max(1));
        }
        f.sync_all().ok();
        eprintln!();
    }
    if a.verify && !a.random {
        f.seek(SeekFrom::Start(0)).unwrap();
        let mut chunk = vec![0u8; 4 << 20];
        loop {
            let n = f.read(&mut chunk).unwrap_or(0);
            if n == 0 {
                break;
            }
            if chunk[..n].iter().any(|b| *b != 0) {
                eprintln!("verification failed");
                std::process::exit(3);
            }
        }
        println!("verified: device reads back as zeros");
    }
}
