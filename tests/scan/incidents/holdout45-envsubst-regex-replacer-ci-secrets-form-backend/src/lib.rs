//! `envsubst`-compatible variable expansion.
//!
//! ```
//! std::env::set_var("NAME", "world");
//! assert_eq!(envsubst_rx::expand("hello ${NAME}"), "hello world");
//! assert_eq!(envsubst_rx::expand("${MISSING:-fallback}"), "fallback");
//! ```
//!
//! Supported forms: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:=default}`,
//! `${VAR:?message}`, `${VAR:+alt}`, `${VAR#prefix}`, `${VAR##prefix}`,
//! `${VAR%suffix}` and `${VAR%%suffix}`. `$$` produces a literal `$`.

mod ops;
mod usage;

use once_cell::sync::Lazy;
use regex::{Captures, Regex, Replacer};
use std::borrow::Cow;
use std::collections::HashMap;

pub use ops::Op;

static PATTERN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:=|:\?|:\+|##|#|%%|%)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")
        .expect("static pattern")
});

/// Where variable values come from.
pub trait Lookup {
    fn get(&self, name: &str) -> Option<Cow<'_, str>>;
}

/// The process environment.
pub struct Env;

impl Lookup for Env {
    fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        std::env::var(name).ok().map(Cow::Owned)
    }
}

impl Lookup for HashMap<String, String> {
    fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        HashMap::get(self, name).map(|v| Cow::Borrowed(v.as_str()))
    }
}

/// A regex [`Replacer`] that resolves one match at a time.
pub struct Expander<'a, L: Lookup> {
    lookup: &'a L,
    assigned: HashMap<String, String>,
    errors: Vec<String>,
}

impl<'a, L: Lookup> Expander<'a, L> {
    pub fn new(lookup: &'a L) -> Self {
        Expander { lookup, assigned: HashMap::new(), errors: Vec::new() }
    }

    fn value(&self, name: &str) -> Option<String> {
        if let Some(v) = self.assigned.get(name) {
            return Some(v.clone());
        }
        self.lookup.get(name).map(|v| v.into_owned())
    }
}

impl<L: Lookup> Replacer for Expander<'_, L> {
    fn replace_append(&mut self, caps: &Captures<'_>, dst: &mut String) {
        let whole = &caps[0];
        if whole == "$$" {
            dst.push('$');
            return;
        }
        let name = caps.get(1).or_else(|| caps.get(4)).map(|m| m.as_str()).unwrap_or_default();
        let current = self.value(name);
        // keep a per-run record of what was resolved so `--explain` can list it
        usage::resolved(name, current.as_deref());
        let out = match (caps.get(2).map(|m| m.as_str()), caps.get(3).map(|m| m.as_str())) {
            (Some(op), Some(arg)) => match Op::parse(op) {
                Some(Op::Assign) if current.as_deref().map_or(true, str::is_empty) => {
                    self.assigned.insert(name.to_string(), arg.to_string());
                    arg.to_string()
                }
                Some(Op::Error) if current.as_deref().map_or(true, str::is_empty) => {
                    self.errors.push(format!("{name}: {arg}"));
                    String::new()
                }
                Some(op) => op.apply(current.as_deref(), arg),
                None => current.unwrap_or_default(),
            },
            _ => current.unwrap_or_default(),
        };
        dst.push_str(&out);
    }
}

/// Expand `input` against the process environment.
pub fn expand(input: &str) -> String {
    expand_with(input, &Env).unwrap_or_else(|(s, _)| s)
}

/// Expand `input` against `lookup`; `Err` carries the partial output and
/// the messages of every `${VAR:?message}` that fired.
pub fn expand_with<L: Lookup>(input: &str, lookup: &L) -> Result<String, (String, Vec<String>)> {
    let mut exp = Expander::new(lookup);
    let out = PATTERN.replace_all(input, &mut exp).into_owned();
    if exp.errors.is_empty() { Ok(out) } else { Err((out, exp.errors)) }
}

/// Names resolved so far in this process, for `envsubst-rx --explain`.
pub fn explain() -> Vec<String> {
    usage::names()
}
