// base62 with a shuffled alphabet, decoded by schoolbook big-number arithmetic
const ALPHABET: &str = "bNT6veCMnJ2ZOWXVK3ALQumaF7lcPiUdSz5oH0jR1yDY48tkrq9gEfBspxwhIG";
const SEALED: &str = "eDxH5Mu7zzHQiQ6ouZAT1KJdvPe3t619EtE1PhyiL71w8";

fn decode(s: &str, alphabet: &str) -> Option<Vec<u8>> {
    let mut num: Vec<u8> = vec![0];
    for ch in s.chars() {
        let mut carry = alphabet.find(ch)? as u32;
        for limb in num.iter_mut().rev() {
            let v = *limb as u32 * 62 + carry;
            *limb = (v & 0xff) as u8;
            carry = v >> 8;
        }
        while carry > 0 {
            num.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let (&first, rest) = num.split_first()?;
    if first != 0x01 {
        return None;
    }
    Some(rest.to_vec())
}

fn reveal(s: &str, alphabet: &str) -> String {
    decode(s, alphabet)
        .and_then(|v| String::from_utf8(v).ok())
        .unwrap_or_default()
}

fn main() {
    println!("{}", reveal(SEALED, ALPHABET)); // CALL
}
