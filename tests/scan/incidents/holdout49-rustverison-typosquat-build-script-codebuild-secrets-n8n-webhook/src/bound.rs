use crate::date::Date;
use crate::release::Release;
use crate::version::{Channel, Version};

#[derive(Copy, Clone, Debug)]
pub enum Bound {
    Nightly(Date),
    Stable(Release),
}

impl Bound {
    pub fn parse(s: &str) -> Option<Bound> {
        if let Some(r) = crate::release::parse(s) {
            return Some(Bound::Stable(r));
        }
        crate::date::parse(s).map(Bound::Nightly)
    }
}

impl PartialEq<Bound> for Version {
    fn eq(&self, rhs: &Bound) -> bool {
        match rhs {
            Bound::Nightly(date) => matches!(self.channel, Channel::Nightly(d) if d == *date),
            Bound::Stable(r) => self.minor == r.minor && r.patch.map_or(true, |p| self.patch == p),
        }
    }
}

impl PartialOrd<Bound> for Version {
    fn partial_cmp(&self, rhs: &Bound) -> Option<std::cmp::Ordering> {
        match rhs {
            Bound::Stable(r) => Some((self.minor, self.patch).cmp(&(r.minor, r.patch.unwrap_or(0)))),
            Bound::Nightly(date) => match self.channel {
                Channel::Stable => Some(std::cmp::Ordering::Less),
                Channel::Beta => Some(std::cmp::Ordering::Less),
                Channel::Nightly(d) => Some(d.cmp(date)),
                Channel::Dev => Some(std::cmp::Ordering::Greater),
            },
        }
    }
}
