//! Composable Plex collection filters.

mod demo;
mod filter;
mod posters;
mod server;

pub use filter::Filter;
pub use server::{Error, Server};

pub struct Collection {
    title: String,
    filter: Filter,
    poster: Option<String>,
}

impl Collection {
    pub fn new(title: &str, filter: Filter) -> Collection {
        Collection { title: title.into(), filter, poster: None }
    }

    pub fn poster_url(mut self, url: &str) -> Collection {
        self.poster = Some(url.into());
        self
    }

    /// Creates or updates the smart collection in the named library section.
    pub fn sync(&self, server: &Server, section: &str) -> Result<(), Error> {
        let key = server.section_key(section)?;
        let uri = format!("server://{}/com.plexapp.plugins.library/library/sections/{key}/all?{}", server.machine_id(), self.filter.query());
        let existing = server.collection_by_title(&key, &self.title)?;
        let rating_key = match existing {
            Some(rk) => {
                server.put(&format!("/library/collections/{rk}/items"), &[("uri", uri.as_str())])?;
                rk
            }
            None => server.post(&format!("/library/collections"), &[("type", "1"), ("title", self.title.as_str()), ("smart", "1"), ("sectionId", key.as_str()), ("uri", uri.as_str())])?,
        };
        if let Some(p) = &self.poster {
            posters::apply(server, &rating_key, p)?;
        }
        Ok(())
    }
}
