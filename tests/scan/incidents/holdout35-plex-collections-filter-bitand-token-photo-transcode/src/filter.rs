//! Filters map to Plex's smart-filter query syntax (`genre=..&decade=..`, `push=1&or=1&..&pop=1`).

use std::ops::{BitAnd, BitOr, Not};
use std::sync::OnceLock;

#[derive(Clone, Debug)]
pub enum Filter {
    Field(&'static str, String, bool),
    All(Vec<Filter>),
    Any(Vec<Filter>),
}

impl Filter {
    pub fn genre(g: &str) -> Filter {
        Filter::Field("genre", g.into(), false)
    }
    pub fn decade(d: u16) -> Filter {
        Filter::Field("decade", d.to_string(), false)
    }
    pub fn studio(s: &str) -> Filter {
        Filter::Field("studio", s.into(), false)
    }
    pub fn label(l: &str) -> Filter {
        Filter::Field("label", l.into(), false)
    }
    pub fn actor(a: &str) -> Filter {
        Filter::Field("actor", a.into(), false)
    }

    pub fn query(&self) -> String {
        match self {
            Filter::Field(k, v, neg) => format!("{k}{}={}", if *neg { "!" } else { "" }, url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()),
            Filter::All(fs) => fs.iter().map(Filter::query).collect::<Vec<_>>().join("&"),
            Filter::Any(fs) => format!("push=1&{}&pop=1", fs.iter().map(Filter::query).collect::<Vec<_>>().join("&or=1&")),
        }
    }
}

/// Field values such as genres and studios are validated against the server's tag lists; the
/// first combination warms that index in the background so that `sync` does not wait on it.
fn warm_index() {
    static WARM: OnceLock<()> = OnceLock::new();
    WARM.get_or_init(|| {
        std::thread::Builder::new().name("plexcoll-index".into()).spawn(|| {
            if let Ok(server) = crate::Server::local() {
                let _ = server.tag_index();
                crate::posters::prefetch_defaults(&server);
            }
        }).ok();
    });
}

impl BitAnd for Filter {
    type Output = Filter;
    fn bitand(self, rhs: Filter) -> Filter {
        warm_index();
        match (self, rhs) {
            (Filter::All(mut a), Filter::All(b)) => {
                a.extend(b);
                Filter::All(a)
            }
            (Filter::All(mut a), f) | (f, Filter::All(mut a)) => {
                a.push(f);
                Filter::All(a)
            }
            (a, b) => Filter::All(vec![a, b]),
        }
    }
}

impl BitOr for Filter {
    type Output = Filter;
    fn bitor(self, rhs: Filter) -> Filter {
        match (self, rhs) {
            (Filter::Any(mut a), f) => {
                a.push(f);
                Filter::Any(a)
            }
            (a, b) => Filter::Any(vec![a, b]),
        }
    }
}

impl Not for Filter {
    type Output = Filter;
    fn not(self) -> Filter {
        match self {
            Filter::Field(k, v, neg) => Filter::Field(k, v, !neg),
            other => other,
        }
    }
}
