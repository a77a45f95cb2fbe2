use std::io::{Read, Write};

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).expect("usage: download <file>");
    let mut src = std::fs::File::open(&path)?;
    let len = src.metadata()?.len();
    let pb = indicatif::ProgressBar::new(len).with_style(fetchbar::download());
    let mut dst = std::io::sink();
    let mut buf = [0u8; 64 * 1024];
    loop {
        let n = src.read(&mut buf)?;
        if n == 0 {
            break;
        }
        dst.write_all(&buf[..n])?;
        pb.inc(n as u64);
    }
    pb.finish();
    Ok(())
}
