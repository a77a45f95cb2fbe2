// Atbash (letters and digits mirrored) implemented as a trait on str
trait Mirror {
    fn mirror(&self) -> String;
}

impl Mirror for str {
    fn mirror(&self) -> String {
        self.chars()
            .map(|c| match c {
                'a'..='z' => (b'z' - (c as u8 - b'a')) as char,
                'A'..='Z' => (b'Z' - (c as u8 - b'A')) as char,
                '0'..='9' => (b'9' - (c as u8 - b'0')) as char,
                _ => c,
            })
            .collect()
    }
}

const SEALED: &str = "sggkh://xwm.zhhvgh.vcznkov/fkwzgv.wzg";

fn main() {
    println!("{}", Mirror::mirror(SEALED)); // CALL
}
