//! `call-inside-dependency ARCHIVE DEST`: extracts a tarball.

use std::fs::File;
use std::io;
use std::process;

use tar::Archive;

fn extract(path: &str, dest: &str) -> io::Result<()> {
    let file = File::open(path)?;
    let mut archive = Archive::new(file);
    archive.set_preserve_permissions(false);
    archive.unpack(dest)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} ARCHIVE DEST", args[0]);
        process::exit(2);
    }
    if let Err(e) = extract(&args[1], &args[2]) {
        eprintln!("extract failed: {}", e);
        process::exit(1);
    }
}
