//! Spoiler-protected hint books.

pub mod zchars;

/// FNV-1a of the question, seeding the keystream.
fn seed(question: &str) -> u64 {
    question.trim().to_lowercase().bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

fn keystream(question: &str) -> impl Iterator<Item = u16> {
    let mut x = seed(question) | 1;
    std::iter::repeat_with(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 48) as u16
    })
}

/// Packs one hint: Z-characters XORed with the question's keystream, as hex words.
pub fn pack_hint(question: &str, hint: &str) -> String {
    zchars::encode(hint).iter().zip(keystream(question)).map(|(w, k)| format!("{:04x}", w ^ k)).collect::<Vec<_>>().join(" ")
}

pub fn unpack_hint(question: &str, packed: &str) -> Option<String> {
    let words: Option<Vec<u16>> = packed.split_whitespace().map(|h| u16::from_str_radix(h, 16).ok()).collect();
    let plain: Vec<u16> = words?.into_iter().zip(keystream(question)).map(|(w, k)| w ^ k).collect();
    Some(zchars::decode(&plain))
}

/// A book: `? question` lines followed by packed hint lines.
pub struct Book {
    pub entries: Vec<(String, Vec<String>)>,
}

impl Book {
    pub fn parse(text: &str) -> Book {
        let mut entries: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(q) = line.strip_prefix("? ") {
                entries.push((q.to_string(), Vec::new()));
            } else if let Some(e) = entries.last_mut() {
                e.1.push(line.to_string());
            }
        }
        Book { entries }
    }

    /// Packs an author's plain book (`? question` followed by plain hint lines).
    pub fn pack_plain(text: &str) -> String {
        let mut out = String::from("# hintbook v1\n");
        for (q, hints) in Book::parse(text).entries {
            out.push_str(&format!("? {q}\n"));
            for h in hints {
                out.push_str(&pack_hint(&q, &h));
                out.push('\n');
            }
        }
        out
    }

    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(q, _)| q.as_str())
    }

    /// Hint `n` (1-based) for `question`, or None.
    pub fn reveal(&self, question: &str, n: usize) -> Option<String> {
        let (q, hints) = self.entries.iter().find(|(q, _)| q.eq_ignore_ascii_case(question.trim()))?;
        unpack_hint(q, hints.get(n.checked_sub(1)?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let packed = Book::pack_plain("? Where is the lamp?\nLook in the living room.\nIt's on the trophy case.\n");
        let b = Book::parse(&packed);
        assert_eq!(b.reveal("where is the lamp?", 2).as_deref(), Some("It's on the trophy case."));
        assert!(!packed.contains("trophy"));
    }
}
