use std::fmt;
use std::io::BufRead;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub desc: Option<String>,
    pub seq: Vec<u8>,
    pub qual: Option<Vec<u8>>,
}

#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Format(usize, &'static str),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "read error: {e}"),
            ReadError::Format(line, m) => write!(f, "line {line}: {m}"),
        }
    }
}

impl std::error::Error for ReadError {}

pub struct Reader<R> {
    inner: R,
    line: usize,
    pending: Option<String>,
}

impl<R: BufRead> Reader<R> {
    pub fn new(inner: R) -> Self {
        Reader { inner, line: 0, pending: None }
    }

    fn next_line(&mut self) -> Result<Option<String>, ReadError> {
        if let Some(p) = self.pending.take() {
            return Ok(Some(p));
        }
        let mut s = String::new();
        match self.inner.read_line(&mut s) {
            Ok(0) => Ok(None),
            Ok(_) => {
                self.line += 1;
                while s.ends_with('\n') || s.ends_with('\r') {
                    s.pop();
                }
                Ok(Some(s))
            }
            Err(e) => Err(ReadError::Io(e)),
        }
    }

    fn header(h: &str) -> (String, Option<String>) {
        match h.split_once(char::is_whitespace) {
            Some((id, d)) => (id.to_string(), Some(d.trim().to_string())),
            None => (h.to_string(), None),
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let first = loop {
            match self.next_line() {
                Ok(Some(l)) if l.trim().is_empty() => continue,
                Ok(Some(l)) => break l,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            }
        };
        if let Some(h) = first.strip_prefix('>') {
            let (id, desc) = Self::header(h);
            let mut seq = Vec::new();
            loop {
                match self.next_line() {
                    Ok(Some(l)) if l.starts_with('>') => {
                        self.pending = Some(l);
                        break;
                    }
                    Ok(Some(l)) => seq.extend(l.bytes().filter(|b| !b.is_ascii_whitespace())),
                    Ok(None) => break,
                    Err(e) => return Some(Err(e)),
                }
            }
            Some(Ok(Record { id, desc, seq, qual: None }))
        } else if let Some(h) = first.strip_prefix('@') {
            let (id, desc) = Self::header(h);
            let seq = match self.next_line() {
                Ok(Some(l)) => l.into_bytes(),
                Ok(None) => return Some(Err(ReadError::Format(self.line, "truncated FASTQ record"))),
                Err(e) => return Some(Err(e)),
            };
            match self.next_line() {
                Ok(Some(l)) if l.starts_with('+') => {}
                Ok(_) => return Some(Err(ReadError::Format(self.line, "missing '+' separator"))),
                Err(e) => return Some(Err(e)),
            }
            let qual = match self.next_line() {
                Ok(Some(l)) if l.len() == seq.len() => l.into_bytes(),
                Ok(_) => return Some(Err(ReadError::Format(self.line, "quality length differs from sequence"))),
                Err(e) => return Some(Err(e)),
            };
            Some(Ok(Record { id, desc, seq, qual: Some(qual) }))
        } else {
            Some(Err(ReadError::Format(self.line, "expected '>' or '@'")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_multiline_fasta() {
        let data = b">chr1 test\nACGT\nNNRY\n>chr2\nTT\n";
        let recs: Vec<_> = Reader::new(&data[..]).collect::<Result<_, _>>().unwrap();
        assert_eq!(recs[0].seq, b"ACGTNNRY");
        assert_eq!(recs[1].id, "chr2");
    }
}
