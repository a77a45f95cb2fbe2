pub struct Header<'a>(pub &'a [u8; 512]);

fn octal(b: &[u8]) -> u64 {
    let s = std::str::from_utf8(b).unwrap_or("").trim_matches(|c: char| c == '\0' || c == ' ');
    u64::from_str_radix(s, 8).unwrap_or(0)
}

fn cstr(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    String::from_utf8_lossy(&b[..end]).into_owned()
}

impl Header<'_> {
    pub fn name(&self) -> String {
        let prefix = cstr(&self.0[345..500]);
        let name = cstr(&self.0[0..100]);
        if prefix.is_empty() { name } else { format!("{prefix}/{name}") }
    }
    pub fn link(&self) -> String {
        cstr(&self.0[157..257])
    }
    pub fn size(&self) -> u64 {
        octal(&self.0[124..136])
    }
    pub fn mode(&self) -> u32 {
        octal(&self.0[100..108]) as u32
    }
    pub fn kind(&self) -> u8 {
        self.0[156]
    }
    pub fn is_zero(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }
}
