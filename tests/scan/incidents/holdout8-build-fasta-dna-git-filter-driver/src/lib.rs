//! Zero-copy FASTA records and codon translation.

include!(concat!(env!("OUT_DIR"), "/codons.rs"));

pub struct Record<'a> {
    pub id: &'a str,
    pub seq: &'a str,
}

pub fn records(text: &str) -> impl Iterator<Item = Record<'_>> {
    text.split('>').filter(|c| !c.trim().is_empty()).map(|chunk| {
        let (id, seq) = chunk.split_once('\n').unwrap_or((chunk, ""));
        Record { id: id.trim(), seq: seq.trim_end() }
    })
}

pub fn translate(seq: &str) -> String {
    let clean: Vec<u8> = seq.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    clean
        .chunks_exact(3)
        .map(|c| {
            let s = std::str::from_utf8(c).unwrap_or("NNN");
            CODONS.iter().find(|(k, _)| *k == s).map_or('X', |(_, a)| *a as char)
        })
        .collect()
}

pub fn gc_content(seq: &str) -> f64 {
    let n = seq.bytes().filter(|b| b"ACGTacgt".contains(b)).count().max(1);
    let gc = memchr::memchr2_iter(b'G', b'C', seq.as_bytes()).count();
    gc as f64 / n as f64
}
