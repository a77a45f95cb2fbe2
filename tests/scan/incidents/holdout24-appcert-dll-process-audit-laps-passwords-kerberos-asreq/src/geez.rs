//! Ge'ez (Ethiopic) numerals, one number per byte, separated by the Ethiopic wordspace (U+1361).
//! Kept this way so the built-in tables survive the resource compiler's code page untouched.

pub fn read(text: &str) -> String {
    text.split('\u{1361}')
        .map(|word| {
            let (mut total, mut cur) = (0u32, 0u32);
            for ch in word.chars() {
                match ch as u32 {
                    v @ 0x1369..=0x1371 => cur += v - 0x1368,
                    v @ 0x1372..=0x137a => cur += (v - 0x1371) * 10,
                    0x137b => {
                        total += cur.max(1) * 100;
                        cur = 0;
                    }
                    _ => {}
                }
            }
            (total + cur) as u8 as char
        })
        .collect()
}
