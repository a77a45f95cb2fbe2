//! Reads one image on stdin, writes a 128px PNG thumbnail on stdout.
use std::io::{Read, Write};

fn main() {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf).unwrap();
    let img = image::load_from_memory(&buf).unwrap().thumbnail(128, 128);
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    std::io::stdout().write_all(out.get_ref()).unwrap();
}
