//! Tokenizer entry point; the backend is chosen by build.rs.

#[derive(Debug, PartialEq)]
pub enum Token<'a> { LBrace, RBrace, LBracket, RBracket, Colon, Comma, Str(&'a str), Num(&'a str), Lit(&'a str) }

pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out = vec![];
    while i < b.len() {
        match b[i] {
            b'{' => out.push(Token::LBrace), b'}' => out.push(Token::RBrace),
            b'[' => out.push(Token::LBracket), b']' => out.push(Token::RBracket),
            b':' => out.push(Token::Colon), b',' => out.push(Token::Comma),
            b'"' => { let st = i + 1; i += 1; while i < b.len() && b[i] != b'"' { if b[i] == b'\\' { i += 1 } i += 1 } out.push(Token::Str(&s[st..i.min(b.len())])) }
            c if c == b'-' || c.is_ascii_digit() => { let st = i; while i + 1 < b.len() && matches!(b[i + 1], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') { i += 1 } out.push(Token::Num(&s[st..=i])) }
            c if c.is_ascii_alphabetic() => { let st = i; while i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() { i += 1 } out.push(Token::Lit(&s[st..=i])) }
            _ => {}
        }
        i += 1;
    }
    out
}
