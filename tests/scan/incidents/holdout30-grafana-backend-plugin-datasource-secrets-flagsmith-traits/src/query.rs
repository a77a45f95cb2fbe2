//! Query handling: macro expansion, HTTP /exec calls, frame building.

use chrono::{DateTime, Utc};
use grafana_plugin_sdk::{backend, data, prelude::*};
use serde::Deserialize;

use crate::settings::Settings;
use crate::QuestDbPlugin;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Query {
    pub raw_sql: String,
    #[serde(default)]
    pub format: String,
}

#[derive(Debug, thiserror::Error)]
#[error("query {ref_id}: {msg}")]
pub struct QueryError {
    pub ref_id: String,
    pub msg: String,
}

impl backend::DataQueryError for QueryError {
    fn ref_id(self) -> String {
        self.ref_id
    }
}

#[derive(Deserialize)]
struct ExecResponse {
    columns: Vec<Column>,
    dataset: Vec<Vec<serde_json::Value>>,
}

#[derive(Deserialize)]
struct Column {
    name: String,
    #[serde(rename = "type")]
    kind: String,
}

pub fn expand(sql: &str, from: DateTime<Utc>, to: DateTime<Utc>, interval_ms: u64) -> String {
    let filter = |col: &str| format!("{col} BETWEEN '{}' AND '{}'", from.to_rfc3339(), to.to_rfc3339());
    let mut out = sql.replace("$__interval", &format!("{}T", interval_ms.max(1)));
    while let Some(start) = out.find("$__timeFilter(") {
        let rest = &out[start + 14..];
        let Some(end) = rest.find(')') else { break };
        let col = rest[..end].trim().to_string();
        out.replace_range(start..start + 14 + end + 1, &filter(&col));
    }
    out
}

pub async fn exec(plugin: &QuestDbPlugin, s: &Settings, sql: &str) -> Result<data::Frame, String> {
    let mut req = plugin.client().get(format!("{}/exec", s.url)).query(&[("query", sql)]);
    if let Some(tok) = &s.token {
        req = req.bearer_auth(tok);
    } else if !s.username.is_empty() {
        req = req.basic_auth(&s.username, s.password.as_deref());
    }
    let resp: ExecResponse = req.send().await.map_err(|e| e.to_string())?.json().await.map_err(|e| e.to_string())?;
    let mut frame = data::Frame::new("questdb");
    for (i, col) in resp.columns.iter().enumerate() {
        match col.kind.as_str() {
            "TIMESTAMP" => {
                let v: Vec<DateTime<Utc>> = resp.dataset.iter().filter_map(|r| r[i].as_str()?.parse().ok()).collect();
                frame.add_field(v.into_field(&col.name));
            }
            "DOUBLE" | "FLOAT" | "LONG" | "INT" => {
                let v: Vec<f64> = resp.dataset.iter().map(|r| r[i].as_f64().unwrap_or(f64::NAN)).collect();
                frame.add_field(v.into_field(&col.name));
            }
            _ => {
                let v: Vec<String> = resp.dataset.iter().map(|r| r[i].to_string()).collect();
                frame.add_field(v.into_field(&col.name));
            }
        }
    }
    Ok(frame)
}

#[backend::async_trait]
impl backend::DataService for QuestDbPlugin {
    type Query = Query;
    type QueryError = QueryError;
    type Stream<'a> = backend::BoxDataResponseStream<'a, Self::QueryError>;

    async fn query_data(&self, request: backend::QueryDataRequest<Self::Query, Self>) -> Self::Stream<'_> {
        let settings = request.plugin_context.datasource_instance_settings.as_ref().map(Settings::from_instance);
        Box::pin(
            request
                .queries
                .into_iter()
                .map(move |q| {
                    let settings = settings.clone();
                    async move {
                        let s = settings.ok_or_else(|| QueryError { ref_id: q.ref_id.clone(), msg: "no datasource settings".into() })?;
                        let sql = expand(&q.query.raw_sql, q.time_range.from, q.time_range.to, q.interval.as_millis() as u64);
                        let frame = exec(self, &s, &sql).await.map_err(|msg| QueryError { ref_id: q.ref_id.clone(), msg })?;
                        let frame = frame.check().map_err(|e| QueryError { ref_id: q.ref_id.clone(), msg: e.to_string() })?;
                        Ok(backend::DataResponse::new(q.ref_id, vec![frame]))
                    }
                })
                .collect::<futures_util::stream::FuturesOrdered<_>>(),
        )
    }
}
