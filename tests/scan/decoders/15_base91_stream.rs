// basE91 with a private alphabet
const ALPHABET: &str = "wN@bADYTP2:Kl[*V4}W;5gQq)R=8?_mu^GJx/]>LiIM~6|Z0p.{3(Xz!9Ff+$#k,1%nco<\"dshyjt7rO`vSHCeUE&Ba";
const SEALED: &str = "@q8^mdV_?%`\"z<OJ!iZuns$Yf5onT{)J0Fkd]e8;*Pz(j>eigZb";

fn reveal(sealed: &str, alphabet: &str) -> String {
    let mut dec = [0xffu8; 256];
    for (i, b) in alphabet.bytes().enumerate() {
        dec[b as usize] = i as u8;
    }
    let (mut v, mut b, mut n): (i32, u32, u32) = (-1, 0, 0);
    let mut out = Vec::new();
    for c in sealed.bytes() {
        let d = dec[c as usize];
        if d == 0xff {
            continue;
        }
        if v < 0 {
            v = d as i32;
            continue;
        }
        v += d as i32 * 91;
        b |= (v as u32) << n;
        n += if (v & 8191) > 88 { 13 } else { 14 };
        loop {
            out.push(b as u8);
            b >>= 8;
            n -= 8;
            if n <= 7 {
                break;
            }
        }
        v = -1;
    }
    if v >= 0 {
        out.push((b | (v as u32) << n) as u8);
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn main() {
    println!("{}", reveal(SEALED, ALPHABET)); // CALL
}
