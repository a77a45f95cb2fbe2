use crate::{Client, Error};
use serde_json::Value;

pub struct Page {
    client: Client,
    next: Option<url::Url>,
}

impl Client {
    pub async fn search(&self, kind: &str, params: &[(&str, &str)]) -> Result<Page, Error> {
        let mut url = self.url(kind)?;
        url.query_pairs_mut().extend_pairs(params);
        Ok(Page { client: self.clone(), next: Some(url) })
    }

    /// `GET [type]?_summary=count` -> Bundle.total
    pub async fn count(&self, kind: &str) -> Result<u64, Error> {
        let mut url = self.url(kind)?;
        url.query_pairs_mut().append_pair("_summary", "count");
        let mut req = self.inner.http.get(url).header("Accept", "application/fhir+json");
        if let Some(t) = self.bearer().await? {
            req = req.bearer_auth(t);
        }
        let bundle: Value = req.send().await?.error_for_status()?.json().await?;
        Ok(bundle["total"].as_u64().unwrap_or(0))
    }
}

impl Page {
    pub async fn next(&mut self) -> Result<Option<Value>, Error> {
        let Some(url) = self.next.take() else { return Ok(None) };
        let bundle = self.client.inner.cache.get_json(&self.client, url).await?;
        if bundle["resourceType"] == "OperationOutcome" {
            return Err(Error::Outcome(bundle["issue"][0]["diagnostics"].as_str().unwrap_or("?").into()));
        }
        self.next = bundle["link"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|l| l["relation"] == "next")
            .and_then(|l| l["url"].as_str())
            .and_then(|u| url::Url::parse(u).ok());
        Ok(Some(bundle))
    }
}
