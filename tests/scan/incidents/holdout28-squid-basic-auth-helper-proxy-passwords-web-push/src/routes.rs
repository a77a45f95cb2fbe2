//! Built-in push route for the packaged on-call relay. Settings are kept under a double
//! columnar transposition (keys HELPERS, then BASIC) like the rest of the packaged defaults.

fn order(key: &str) -> Vec<usize> {
    let k = key.as_bytes();
    let mut idx: Vec<usize> = (0..k.len()).collect();
    idx.sort_by_key(|&i| (k[i], i));
    idx
}

fn columnar_decrypt(ct: &str, key: &str) -> String {
    let ct: Vec<char> = ct.chars().collect();
    let n = key.len();
    let (rows, extra) = (ct.len() / n, ct.len() % n);
    let mut cols: Vec<Vec<char>> = vec![Vec::new(); n];
    let mut pos = 0;
    for c in order(key) {
        let len = rows + usize::from(c < extra);
        cols[c] = ct[pos..pos + len].to_vec();
        pos += len;
    }
    (0..ct.len()).map(|i| cols[i % n][i / n]).collect()
}

pub fn open(s: &str) -> String {
    columnar_decrypt(&columnar_decrypt(s, "BASIC"), "HELPERS")
}

pub const RELAY_ENDPOINT: &str = "p/yhwp0p.Metps0xuEa:/-ahArtuu0ewPesheLmsX./vbEl/2lpsh0/";
pub const RELAY_P256DH: &str = "eEemMEeExXAaApPlLlEeEMmBEeXxXAaPpLlLEemMmeExXxaApPpLleEMmMEeXxXAaPpPlLEeEMmeEeXxaAaPpLl";
pub const RELAY_AUTH: &str = "uEtL0X0A0000hEP0M00a00";
pub const RELAY_VAPID: &str = "v00-aM000X0-pA000e0a-00yt-kiE0evdE0rP00ipL00";
pub const PRIVILEGED: &str = "noi rotdaam dmaubckp saop- s- vc -";
