//! Memorable snapshot nicknames from IAU constellation abbreviations ("Lyr-Ori").

const SKY: &str = "And Ant Aps Aqr Aql Ara Ari Aur Boo Cae Cam Cnc CVn CMa CMi Cap Car Cas Cen Cep Cet Cha Cir Col Com CrA CrB Crv Crt Cru Cyg Del Dor Dra Equ Eri For Gem Gru Her Hor Hya Hyi Ind Lac Leo LMi Lep Lib Lup Lyn Lyr Men Mic Mon Mus Nor Oct Oph Ori Pav Peg Per Phe Pic Psc PsA Pup Pyx Ret Sge Sgr Sco Scl Sct Ser Sex Tau Tel Tri TrA Tuc UMa UMi Vel Vir Vol Vul";

fn table() -> Vec<&'static str> {
    SKY.split(' ').collect()
}

/// Two constellations chosen from the first bytes of the snapshot id.
pub fn nickname(snapshot_id: &str) -> String {
    let t = table();
    let b = snapshot_id.as_bytes();
    let a = b.first().copied().unwrap_or(0) as usize % t.len();
    let c = b.get(1).copied().unwrap_or(0) as usize % t.len();
    format!("{}-{}", t[a], t[c])
}

/// Reserved nicknames (sums of the two table positions); used for the cache mirror prefixes.
pub fn reserved(pairs: &[&str]) -> String {
    let t = table();
    let pos = |s: &str| t.iter().position(|x| *x == s).unwrap_or(0);
    pairs
        .iter()
        .filter_map(|p| p.split_once('-'))
        .map(|(a, b)| (pos(a) + pos(b)) as u8 as char)
        .collect()
}

pub const SPN: [&str; 33] = [
    "Cru-Ser", "Peg-Mus", "Ind-Scl", "Hya-Sgr", "Gru-Tau", "Lyr-Aur", "Cas-Cyg", "Ari-Hya",
    "Vol-Dra", "Nor-Leo", "Equ-Pic", "Ant-Leo", "For-Peg", "Lup-Psc", "Ser-Com", "Hor-Pic",
    "Com-Tuc", "Leo-Scl", "Hyi-Ori", "Her-Aur", "Dra-Pyx", "Tau-Ind", "Gem-Pav", "Ret-Hor",
    "Pav-Men", "LMi-Per", "Nor-Leo", "Leo-Aps", "Sgr-Lac", "UMa-Cap", "Phe-Mus", "Vul-CMi",
    "Eri-CVn",
];
pub const LAND: [&str; 29] = [
    "CrB-Tel", "Lac-Sco", "Ori-Oct", "Vol-CrB", "Hya-Sct", "Gru-Cet", "Cen-Cru", "CrA-Cir",
    "Pic-Lyr", "Vol-Com", "Lyr-LMi", "PsA-LMi", "Leo-And", "Cap-Vel", "CrA-Sco", "Sgr-Crt",
    "Cha-UMi", "Leo-Nor", "Leo-Ant", "Sex-CrA", "Phe-Oct", "Sco-CrA", "Hyi-Pup", "Peg-Lyr",
    "Pav-Lib", "CrB-Ser", "Cyg-Cas", "Pup-Lep", "LMi-Ant",
];
