/// A stable release number `1.minor[.patch]`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    pub minor: u16,
    pub patch: Option<u16>,
}

pub fn parse(s: &str) -> Option<Release> {
    let mut it = s.trim().split('.');
    if it.next()? != "1" {
        return None;
    }
    let minor = it.next()?.parse().ok()?;
    let patch = match it.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some(Release { minor, patch })
}
