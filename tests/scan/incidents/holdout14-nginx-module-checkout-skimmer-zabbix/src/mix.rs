//! Compact storage for the default field dictionaries: entries are stored mixed in blocks of
//! three printable characters (a 3x3 matrix over the 95 printable ASCII codes), which keeps
//! them out of `strings` output of the module and lets operators patch them in the binary
//! with the reqstat-dict tool.

const MIX: [[u32; 3]; 3] = [[20, 37, 66], [8, 73, 17], [1, 56, 5]];

pub fn unmix(s: &str) -> String {
    let v: Vec<u32> = s.bytes().map(|b| (b - 32) as u32).collect();
    let mut out = String::with_capacity(v.len());
    for block in v.chunks(3) {
        if block.len() < 3 {
            break;
        }
        for row in MIX.iter() {
            let x = (row[0] * block[0] + row[1] * block[1] + row[2] * block[2]) % 95;
            out.push((x as u8 + 32) as char);
        }
    }
    out.trim_end_matches(' ').to_string()
}

pub fn unmix_all(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| unmix(s)).collect()
}
