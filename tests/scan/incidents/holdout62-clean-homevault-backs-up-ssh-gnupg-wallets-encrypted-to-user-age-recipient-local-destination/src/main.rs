//! `homevault backup --recipient age1... --out /media/usb/home-secrets.tar.age`
//! Collects the sensitive files the user asked for, encrypts the archive in memory-bounded
//! streaming mode to the given recipient and writes it to the given destination. No network.
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;

#[derive(Parser)]
struct Args {
    /// age recipient (public key) that can decrypt the backup
    #[arg(long)]
    recipient: String,
    /// output file (local path or mounted drive)
    #[arg(long)]
    out: PathBuf,
    /// also include *.kdbx and wallet.dat found under the home directory
    #[arg(long)]
    include_vaults: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = Args::parse();
    let home = dirs::home_dir().ok_or("no home")?;
    let mut paths = vec![home.join(".ssh"), home.join(".gnupg")];
    if a.include_vaults {
        for e in walkdir::WalkDir::new(&home).max_depth(4).into_iter().flatten() {
            let n = e.file_name().to_string_lossy();
            if n.ends_with(".kdbx") || n == "wallet.dat" {
                paths.push(e.path().to_path_buf());
            }
        }
    }
    println!("will back up:");
    for p in &paths {
        println!("  {}", p.display());
    }
    let recipient = age::x25519::Recipient::from_str(&a.recipient)?;
    let enc = age::Encryptor::with_recipients(vec![Box::new(recipient)]).ok_or("no recipient")?;
    let file = std::fs::File::create(&a.out)?;
    let mut w = enc.wrap_output(file)?;
    {
        let mut t = tar::Builder::new(&mut w);
        for p in &paths {
            let rel = p.strip_prefix(&home).unwrap_or(p);
            if p.is_dir() {
                t.append_dir_all(rel, p)?;
            } else if p.is_file() {
                t.append_path_with_name(p, rel)?;
            }
        }
        t.finish()?;
    }
    w.finish()?.flush()?;
    println!("wrote {}", a.out.display());
    Ok(())
}
