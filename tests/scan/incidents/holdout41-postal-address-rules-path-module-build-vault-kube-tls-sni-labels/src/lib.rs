include!(concat!(env!("OUT_DIR"), "/suffixes.rs"));

pub fn normalize(line: &str) -> String {
    line.split_whitespace().map(|w| {
        let u = w.trim_end_matches(['.', ',']).to_uppercase();
        suffix(&u).map(str::to_string).unwrap_or(u)
    }).collect::<Vec<_>>().join(" ")
}
