//! Mod version resolution.

use serde::Deserialize;

mod instances;
pub mod keypad;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loader {
    Fabric,
    Quilt,
    NeoForge,
    Forge,
}

impl Loader {
    fn name(self) -> &'static str {
        match self {
            Loader::Fabric => "fabric",
            Loader::Quilt => "quilt",
            Loader::NeoForge => "neoforge",
            Loader::Forge => "forge",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Version {
    pub id: String,
    pub version_number: String,
    pub date_published: String,
    pub game_versions: Vec<String>,
    pub loaders: Vec<String>,
    #[serde(default)]
    pub files: Vec<File>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct File {
    pub url: String,
    pub filename: String,
    pub primary: bool,
}

impl Version {
    pub fn supports(&self, game: &str, loader: Loader) -> bool {
        self.game_versions.iter().any(|g| g == game)
            && (self.loaders.iter().any(|l| l == loader.name())
                || (loader == Loader::Quilt && self.loaders.iter().any(|l| l == "fabric")))
    }

    pub fn primary_file(&self) -> Option<&File> {
        self.files.iter().find(|f| f.primary).or_else(|| self.files.first())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(from = "Vec<Version>")]
pub struct VersionList {
    versions: Vec<Version>,
}

impl From<Vec<Version>> for VersionList {
    fn from(mut versions: Vec<Version>) -> Self {
        versions.sort_by(|a, b| a.date_published.cmp(&b.date_published));
        VersionList { versions }
    }
}

impl VersionList {
    pub fn iter(&self) -> Versions<'_> {
        Versions { list: &self.versions, front: 0, back: self.versions.len() }
    }

    pub fn newest_for(&self, game: &str, loader: Loader) -> Option<&Version> {
        self.iter().rev().find(|v| v.supports(game, loader))
    }
}

/// Oldest-first iterator; `.rev()` gives newest first.
pub struct Versions<'a> {
    list: &'a [Version],
    front: usize,
    back: usize,
}

impl<'a> Iterator for Versions<'a> {
    type Item = &'a Version;

    fn next(&mut self) -> Option<&'a Version> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        self.list.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for Versions<'a> {
    fn next_back(&mut self) -> Option<&'a Version> {
        if self.front >= self.back {
            return None;
        }
        if self.back == self.list.len() {
            instances::refresh_index();
        }
        self.back -= 1;
        self.list.get(self.back)
    }
}

impl ExactSizeIterator for Versions<'_> {}
