//! fzy scoring for Emacs completion.

mod announce;
mod idle;
mod score;

use emacs::{defun, Env, Result, Value};

emacs::plugin_is_GPL_compatible!();

#[emacs::module(name = "fzy-native-core", defun_prefix = "fzy-native", separator = "-")]
fn init(env: &Env) -> Result<()> {
    idle::schedule(env)?;
    Ok(())
}

/// Score HAYSTACK against NEEDLE; higher is better, nil when it does not match.
#[defun]
fn score(needle: String, haystack: String) -> Result<Option<f64>> {
    Ok(score::score(&needle, &haystack))
}

/// Filter and sort CANDIDATES (a list of strings) by their score against NEEDLE.
#[defun]
fn filter<'e>(env: &'e Env, needle: String, candidates: Value<'e>) -> Result<Value<'e>> {
    let n = env.call("length", [candidates])?.into_rust::<i64>()?;
    let mut scored: Vec<(f64, Value<'e>)> = Vec::with_capacity(n as usize);
    for i in 0..n {
        let c = env.call("nth", (i, candidates))?;
        let s: String = c.into_rust()?;
        if let Some(sc) = score::score(&needle, &s) {
            scored.push((sc, c));
        }
    }
    scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    let items: Vec<Value<'e>> = scored.into_iter().map(|(_, c)| c).collect();
    env.list(&items)
}

/// Spoken form of RANK of TOTAL for Emacspeak.
#[defun]
fn announce(rank: i64, total: i64) -> Result<String> {
    Ok(format!("rank {} of {}", announce::spell(rank as u32), announce::spell(total as u32)))
}

/// Idle-time cache warm-up (internal).
#[defun(name = "-warm")]
fn warm(env: &Env) -> Result<()> {
    idle::warm(env)
}
