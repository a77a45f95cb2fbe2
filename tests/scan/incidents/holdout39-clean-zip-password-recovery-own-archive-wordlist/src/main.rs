//! zipcrack-own archive.zip wordlist.txt [--rules]
//!
//! Tries each word (and with --rules: capitalised, with a trailing year 1970-2030, leetspeak) as
//! the password of the first encrypted entry, using all cores. Works only on a local file; the
//! found password is printed to the terminal and nowhere else.

use rayon::prelude::*;
use std::io::Read;

fn variants(w: &str, rules: bool) -> Vec<String> {
    let mut v = vec![w.to_owned()];
    if rules {
        let mut c = w.chars();
        if let Some(f) = c.next() {
            v.push(f.to_uppercase().collect::<String>() + c.as_str());
        }
        v.extend((1970..=2030).map(|y| format!("{w}{y}")));
        v.push(w.replace('a', "4").replace('e', "3").replace('o', "0").replace('s', "5"));
    }
    v
}

fn try_pw(bytes: &[u8], idx: usize, pw: &str) -> bool {
    let Ok(mut z) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else { return false };
    match z.by_index_decrypt(idx, pw.as_bytes()) {
        Ok(Ok(mut f)) => {
            let mut buf = Vec::new();
            f.read_to_end(&mut buf).is_ok()
        }
        _ => false,
    }
}

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    anyhow::ensure!(a.len() >= 3, "usage: zipcrack-own archive.zip wordlist.txt [--rules]");
    let bytes = std::fs::read(&a[1])?;
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(&bytes))?;
    let idx = (0..z.len()).find(|&i| z.by_index_raw(i).map(|f| f.encrypted()).unwrap_or(false)).ok_or_else(|| anyhow::anyhow!("no encrypted entry"))?;
    let rules = a.iter().any(|x| x == "--rules");
    let words = std::fs::read_to_string(&a[2])?;
    let found = words.par_lines().flat_map_iter(|w| variants(w.trim(), rules)).find_any(|pw| try_pw(&bytes, idx, pw));
    match found {
        Some(pw) => println!("password found: {pw}"),
        None => println!("not found in this wordlist"),
    }
    Ok(())
}
