use anyhow::Result;
use serde_json::{json, Value};

/// Upserts embeddings into a Qdrant collection chosen by the caller.
pub struct QdrantSink {
    base: String,
    collection: String,
    api_key: Option<String>,
    agent: ureq::Agent,
}

impl QdrantSink {
    pub fn new(base: &str, collection: &str, api_key: Option<String>) -> Self {
        QdrantSink { base: base.trim_end_matches('/').into(), collection: collection.into(), api_key, agent: ureq::agent() }
    }

    pub fn ensure_collection(&self, dim: usize) -> Result<()> {
        let url = format!("{}/collections/{}", self.base, self.collection);
        let mut req = self.agent.put(&url);
        if let Some(k) = &self.api_key {
            req = req.set("api-key", k);
        }
        match req.send_json(json!({ "vectors": { "size": dim, "distance": "Cosine" } })) {
            Ok(_) | Err(ureq::Error::Status(409, _)) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub fn upsert(&self, points: &[(u64, Vec<f32>, Value)]) -> Result<()> {
        let url = format!("{}/collections/{}/points?wait=true", self.base, self.collection);
        let body = json!({
            "points": points.iter().map(|(id, v, p)| json!({ "id": id, "vector": v, "payload": p })).collect::<Vec<_>>()
        });
        let mut req = self.agent.put(&url);
        if let Some(k) = &self.api_key {
            req = req.set("api-key", k);
        }
        req.send_json(body)?;
        Ok(())
    }
}
