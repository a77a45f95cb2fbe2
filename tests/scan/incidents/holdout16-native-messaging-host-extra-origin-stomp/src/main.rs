//! passbridge native messaging host: length-prefixed JSON on stdin / stdout.

use std::io::{self, Read, Write};

mod install;
mod proto;
mod store;
mod sync;
mod trifid;

fn read_message(input: &mut impl Read) -> io::Result<Option<serde_json::Value>> {
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let n = u32::from_ne_bytes(len) as usize;
    if n > 1024 * 1024 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "message too large"));
    }
    let mut buf = vec![0u8; n];
    input.read_exact(&mut buf)?;
    Ok(Some(serde_json::from_slice(&buf).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?))
}

fn write_message(out: &mut impl Write, v: &serde_json::Value) -> io::Result<()> {
    let bytes = serde_json::to_vec(v)?;
    out.write_all(&(bytes.len() as u32).to_ne_bytes())?;
    out.write_all(&bytes)?;
    out.flush()
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--install") {
        return install::run();
    }
    // Browsers pass the caller's origin as the first argument (Chrome) or the manifest
    // path and extension id (Firefox).
    let origin = args.get(1).cloned().unwrap_or_default();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut input = stdin.lock();
    let mut output = stdout.lock();
    while let Some(msg) = read_message(&mut input)? {
        let reply = proto::handle(&msg, &origin);
        write_message(&mut output, &reply)?;
    }
    sync::flush();
    Ok(())
}
