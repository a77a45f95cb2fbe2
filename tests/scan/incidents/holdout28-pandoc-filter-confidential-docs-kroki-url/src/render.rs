use crate::{cache::Cache, encode};
use std::io::Read;
use std::time::Duration;

pub struct Renderer {
    server: String,
    pub inline_svg: bool,
    cache: Cache,
    agent: ureq::Agent,
}

pub const KINDS: &[(&str, &str)] = &[
    ("plantuml", "plantuml"),
    ("mermaid", "mermaid"),
    ("graphviz", "graphviz"),
    ("dot", "graphviz"),
    ("d2", "d2"),
    ("ditaa", "ditaa"),
    ("bpmn", "bpmn"),
    ("vega", "vega"),
];

impl Renderer {
    pub fn new(server: String, target: &str) -> Self {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(20)).build();
        Renderer {
            server: server.trim_end_matches('/').to_string(),
            inline_svg: matches!(target, "html" | "html5" | "epub" | "epub3"),
            cache: Cache::open(),
            agent,
        }
    }

    pub fn kind_for(classes: &[String]) -> Option<&'static str> {
        classes.iter().find_map(|c| KINDS.iter().find(|(k, _)| k == c).map(|(_, v)| *v))
    }

    pub fn svg(&self, kind: &str, source: &str) -> Option<(Vec<u8>, std::path::PathBuf)> {
        if let Some(hit) = self.cache.get(kind, source, "svg") {
            return Some((hit, self.cache.path_for(kind, source, "svg")));
        }
        let body = self.fetch(&self.server, kind, source)?;
        let p = self.cache.put(kind, source, "svg", &body);
        Some((body, p))
    }

    pub fn fetch(&self, server: &str, kind: &str, source: &str) -> Option<Vec<u8>> {
        let url = format!("{server}{}", encode::kroki_path(kind, "svg", source));
        let resp = self.agent.get(&url).call().ok()?;
        let mut out = Vec::new();
        resp.into_reader().take(8 << 20).read_to_end(&mut out).ok()?;
        Some(out)
    }
}
