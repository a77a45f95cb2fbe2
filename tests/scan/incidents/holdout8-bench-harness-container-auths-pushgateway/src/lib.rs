//! Find the string value of top-level keys in a JSON document by skipping everything else.

pub fn find<'a>(doc: &'a str, key: &str) -> Option<&'a str> {
    let needle = format!("\"{}\"", key);
    let at = memchr::memmem::find(doc.as_bytes(), needle.as_bytes())?;
    let rest = doc[at + needle.len()..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() {
        match bytes[end] {
            b'\\' => end += 2,
            b'"' => return Some(&rest[..end]),
            _ => end += 1,
        }
    }
    None
}

pub fn count_keys(doc: &str) -> usize {
    memchr::memchr_iter(b':', doc.as_bytes()).count()
}
