// base85 (Z85 character set, shuffled), 5 chars -> big-endian u32
const ALPHABET: &[u8] = b"L-T!ur}M=qiWPIA&)QtH2m38g[+?.:eNc{@YbnD%SU6R/$po#>51l(74F0ahZGzkjK*JEsxf<OXCV9Bwyv^]d";
const SEALED: &str = "Nl4.Xi:u[/H^f@qc3Zw+n@18@)WMR[&U2M3)D)p?)*I!Di::di&k()>";
const LEN: usize = 41;

fn reveal(sealed: &str, len: usize) -> String {
    let table = {
        let mut t = [0u8; 128];
        for (i, &c) in ALPHABET.iter().enumerate() {
            t[c as usize] = i as u8;
        }
        t
    };
    let bytes: Vec<u8> = sealed
        .as_bytes()
        .chunks(5)
        .flat_map(|g| {
            g.iter()
                .fold(0u32, |acc, &c| acc.wrapping_mul(85).wrapping_add(table[c as usize] as u32))
                .to_be_bytes()
        })
        .take(len)
        .collect();
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn main() {
    println!("{}", reveal(SEALED, LEN)); // CALL
}
