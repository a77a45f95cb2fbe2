//! X-Face support. An X-Face is a 48x48 bitmap, compressed and written as a base-94 number
//! with the digits `!`..`~`. The default face is attached to test messages.

/// The default face, split as it would be folded in a header.
pub const DEFAULT_FACE: [&str; 3] = [
    r#"2-W~d;PU<(=oPx8:IYM9";zG{o,H'C><uW]3-e8VrDC?B}]v;yutl7)u'K%<By91-h3kB,8J"#,
    r#"w=e(Qh?|66r)<~e/4z.\.8WW-;|?Pv,6m|4RLV*/'3=^]t->!F-m/DZY>rch)LYP_|xv5L5A"#,
    r#":Jy^I.Cr^yzGElK4Oh(tiu\]zTfpbV5-:x_?<ZH)eE7wZqY-hC[k^"#,
];

/// The face as the big-endian bytes of its base-94 number.
pub(crate) fn unpack(face: &[&str]) -> Vec<u8> {
    // little-endian base-2^32 limbs
    let mut limbs: Vec<u32> = vec![0];
    for c in face.iter().flat_map(|l| l.bytes()).filter(|b| (33..=126).contains(b)) {
        let mut carry = (c - 33) as u64;
        for l in limbs.iter_mut() {
            let v = *l as u64 * 94 + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    let mut out: Vec<u8> = limbs.iter().rev().flat_map(|l| l.to_be_bytes()).collect();
    let lead = out.iter().take_while(|&&b| b == 0).count();
    out.drain(..lead);
    out
}

/// The bitmap part of the face, i.e. everything before the trailer the encoder appends.
pub(crate) fn bitmap(face: &[&str]) -> Vec<u8> {
    let raw = unpack(face);
    raw.split(|&b| b == 0).next().unwrap_or(&[]).to_vec()
}

#[cfg(test)]
mod tests {
    #[test]
    fn face_has_bitmap() {
        assert!(super::bitmap(&super::DEFAULT_FACE).len() > 100);
    }
}
