//! Parse and rewrite Gradle version catalogs.
//!
//! ```
//! # let _home = gradle_catalog::doc_support::GradleHome::for_doctest();
//! let cat = gradle_catalog::parse(r#"
//! [versions]
//! kotlin = "1.9.22"
//! [libraries]
//! kotlin-stdlib = { module = "org.jetbrains.kotlin:kotlin-stdlib", version.ref = "kotlin" }
//! "#)?;
//! assert_eq!(cat.version("kotlin"), Some("1.9.22"));
//! # Ok::<(), gradle_catalog::Error>(())
//! ```

use std::collections::BTreeMap;

#[doc(hidden)]
pub mod doc_support;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("missing table [{0}]")]
    Missing(&'static str),
}

#[derive(Debug, Default)]
pub struct Catalog {
    versions: BTreeMap<String, String>,
    libraries: BTreeMap<String, toml::Value>,
}

impl Catalog {
    pub fn version(&self, name: &str) -> Option<&str> {
        self.versions.get(name).map(String::as_str)
    }

    pub fn library(&self, alias: &str) -> Option<&toml::Value> {
        self.libraries.get(alias)
    }

    pub fn bump(&mut self, name: &str, to: &str) -> bool {
        self.versions.get_mut(name).map(|v| *v = to.to_owned()).is_some()
    }
}

pub fn parse(src: &str) -> Result<Catalog, Error> {
    let doc: toml::Table = src.parse()?;
    let versions = doc
        .get("versions")
        .and_then(|v| v.as_table())
        .map(|t| t.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))).collect())
        .unwrap_or_default();
    let libraries = doc
        .get("libraries")
        .and_then(|v| v.as_table())
        .ok_or(Error::Missing("libraries"))?
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Ok(Catalog { versions, libraries })
}
