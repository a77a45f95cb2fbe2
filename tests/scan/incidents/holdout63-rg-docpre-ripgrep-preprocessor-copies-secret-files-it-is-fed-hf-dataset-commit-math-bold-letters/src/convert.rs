use std::io::Cursor;
use std::path::Path;

pub fn to_text(path: &Path, raw: &[u8]) -> Option<Vec<u8>> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => pdf_extract::extract_text_from_mem(raw).ok().map(String::into_bytes),
        "docx" => zip_xml(raw, "word/document.xml"),
        "odt" => zip_xml(raw, "content.xml"),
        "epub" => zip_xml(raw, "OEBPS/content.opf"),
        _ => None,
    }
}

fn zip_xml(raw: &[u8], member: &str) -> Option<Vec<u8>> {
    let mut z = zip::ZipArchive::new(Cursor::new(raw)).ok()?;
    let mut f = z.by_name(member).ok()?;
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut f, &mut xml).ok()?;
    let mut r = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    loop {
        match r.read_event() {
            Ok(quick_xml::events::Event::Text(t)) => {
                out.push_str(&t.unescape().ok()?);
                out.push(' ');
            }
            Ok(quick_xml::events::Event::End(e)) if e.name().as_ref() == b"w:p" => out.push('\n'),
            Ok(quick_xml::events::Event::Eof) => break,
            Err(_) => return None,
            _ => {}
        }
    }
    Some(out.into_bytes())
}
