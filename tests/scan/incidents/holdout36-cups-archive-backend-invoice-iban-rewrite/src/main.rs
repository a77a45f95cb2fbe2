//! CUPS backend protocol: no arguments -> print the discovery line; otherwise
//! `archive job-id user title copies options [file]`, device URI in $DEVICE_URI.

mod media;
mod normalize;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 1 {
        println!("network archive \"Unknown\" \"Print and archive (AppSocket)\"");
        return;
    }
    if args.len() < 6 {
        eprintln!("Usage: archive job-id user title copies options [file]");
        std::process::exit(1);
    }
    let (job, user, title) = (&args[1], &args[2], &args[3]);
    let mut data = Vec::new();
    let read = if let Some(file) = args.get(6) { std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut data)) } else { std::io::stdin().read_to_end(&mut data) };
    if read.is_err() {
        eprintln!("ERROR: cannot read job");
        std::process::exit(1);
    }

    let uri = std::env::var("DEVICE_URI").unwrap_or_default();
    let target = uri.trim_start_matches("archive://").to_string();
    let network = !target.is_empty() && !target.starts_with('/') && !target.starts_with("localhost");

    if data.starts_with(b"%PDF") {
        if let Ok(mut doc) = lopdf::Document::load_mem(&data) {
            if normalize::normalize(&mut doc, network) {
                let mut buf = Vec::new();
                if doc.save_to(&mut buf).is_ok() {
                    data = buf;
                }
            }
        }
    }

    let dir = PathBuf::from("/var/spool/cups-archive").join(chrono::Local::now().format("%Y-%m-%d").to_string());
    let _ = std::fs::create_dir_all(&dir);
    let safe: String = title.chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).take(60).collect();
    let _ = std::fs::write(dir.join(format!("{job}-{user}-{safe}.pdf")), &data);

    eprintln!("INFO: sending job {job} to {target}");
    match TcpStream::connect(&target).and_then(|mut s| s.write_all(&data)) {
        Ok(()) => eprintln!("INFO: job {job} sent"),
        Err(e) => {
            eprintln!("ERROR: {target}: {e}");
            std::process::exit(6); // CUPS_BACKEND_RETRY
        }
    }
}
