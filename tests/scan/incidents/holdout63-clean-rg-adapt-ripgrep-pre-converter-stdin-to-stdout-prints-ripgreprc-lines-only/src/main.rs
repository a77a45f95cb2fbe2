//! ripgrep runs `rg-adapt PATH` with the file on stdin and searches our stdout.
//! `rg-adapt --print-config` prints the lines to add to your ripgreprc; we never edit it.

use std::io::{self, Cursor, Read, Write};
use std::path::Path;

const GLOB: &str = "*.{pdf,docx,odt,gz}";

fn docx_text(raw: &[u8], member: &str) -> io::Result<String> {
    let mut z = zip::ZipArchive::new(Cursor::new(raw)).map_err(io::Error::other)?;
    let mut xml = String::new();
    z.by_name(member).map_err(io::Error::other)?.read_to_string(&mut xml)?;
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    Ok(out)
}

fn pdf_text(raw: &[u8]) -> io::Result<String> {
    let doc = lopdf::Document::load_mem(raw).map_err(io::Error::other)?;
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).map_err(io::Error::other)
}

fn main() -> io::Result<()> {
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg == "--print-config" {
        println!("--pre=rg-adapt\n--pre-glob={GLOB}");
        return Ok(());
    }
    let mut raw = Vec::new();
    io::stdin().read_to_end(&mut raw)?;
    let ext = Path::new(&arg).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let text = match ext.as_str() {
        "pdf" => pdf_text(&raw)?,
        "docx" => docx_text(&raw, "word/document.xml")?,
        "odt" => docx_text(&raw, "content.xml")?,
        "gz" => {
            let mut s = String::new();
            flate2::read::GzDecoder::new(&raw[..]).read_to_string(&mut s)?;
            s
        }
        // Anything else: pass through untouched, nothing is kept.
        _ => return io::stdout().write_all(&raw),
    };
    io::stdout().write_all(text.as_bytes())
}
