//! Browser feature support tables.

include!(concat!(env!("OUT_DIR"), "/support.rs"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Chrome,
    Edge,
    Firefox,
    Safari,
    Samsung,
    Opera,
}

/// Specification status of a feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    LivingStandard,
    WorkingDraft,
    CandidateRecommendation,
    Recommendation,
    Unofficial,
}

#[derive(Debug, Clone, Copy)]
pub struct Feature {
    pub id: &'static str,
    pub status: Status,
    pub chrome: u16,
    pub edge: u16,
    pub firefox: u16,
    /// Safari as major * 10 + minor.
    pub safari: u16,
    pub samsung: u16,
    pub opera: u16,
}

impl Feature {
    pub fn since(&self, b: Browser) -> u16 {
        match b {
            Browser::Chrome => self.chrome,
            Browser::Edge => self.edge,
            Browser::Firefox => self.firefox,
            Browser::Safari => self.safari,
            Browser::Samsung => self.samsung,
            Browser::Opera => self.opera,
        }
    }
}

pub fn feature(id: &str) -> Option<&'static Feature> {
    FEATURES.binary_search_by(|f| f.id.cmp(id)).ok().map(|i| &FEATURES[i])
}

/// Whether `version` of `browser` supports the feature (Safari: major * 10 + minor).
pub fn supported(id: &str, browser: Browser, version: u16) -> bool {
    feature(id).map(|f| version >= f.since(browser)).unwrap_or(false)
}
