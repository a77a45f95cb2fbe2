//! LogsQL queries -> data frames.

use chrono::{DateTime, Utc};
use futures_util::stream::FuturesOrdered;
use grafana_plugin_sdk::{backend, data, prelude::*};
use once_cell::sync::Lazy;
use serde::Deserialize;

use crate::client::Target;
use crate::VictoriaLogs;

pub static REQUESTS: Lazy<prometheus::IntCounterVec> = Lazy::new(|| prometheus::register_int_counter_vec!("victorialogs_requests_total", "Queries sent to VictoriaLogs", &["status"]).unwrap());

#[derive(Debug, Deserialize)]
pub struct Query {
    pub expr: String,
    #[serde(default = "default_limit")]
    pub limit: u32,
}

fn default_limit() -> u32 {
    1000
}

#[derive(Debug, thiserror::Error)]
#[error("{ref_id}: {msg}")]
pub struct QueryError {
    ref_id: String,
    msg: String,
}

impl backend::DataQueryError for QueryError {
    fn ref_id(self) -> String {
        self.ref_id
    }
}

async fn run(plugin: &VictoriaLogs, target: &Target, q: &Query, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<data::Frame, String> {
    let body = [("query", q.expr.clone()), ("limit", q.limit.to_string()), ("start", from.to_rfc3339()), ("end", to.to_rfc3339())];
    let resp = target.request(&plugin.http, "/select/logsql/query").form(&body).send().await.map_err(|e| e.to_string())?;
    REQUESTS.with_label_values(&[resp.status().as_str()]).inc();
    let text = resp.text().await.map_err(|e| e.to_string())?;
    let mut times = Vec::new();
    let mut lines = Vec::new();
    for row in text.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()) {
        times.push(row["_time"].as_str().and_then(|t| t.parse::<DateTime<Utc>>().ok()).unwrap_or(from));
        lines.push(row["_msg"].as_str().unwrap_or_default().to_string());
    }
    let mut frame = data::Frame::new("logs");
    frame.add_field(times.into_field("time"));
    frame.add_field(lines.into_field("line"));
    Ok(frame)
}

#[backend::async_trait]
impl backend::DataService for VictoriaLogs {
    type Query = Query;
    type QueryError = QueryError;
    type Stream<'a> = backend::BoxDataResponseStream<'a, Self::QueryError>;

    async fn query_data(&self, request: backend::QueryDataRequest<Self::Query, Self>) -> Self::Stream<'_> {
        let target = request.plugin_context.datasource_instance_settings.as_ref().map(Target::from_settings);
        Box::pin(
            request
                .queries
                .into_iter()
                .map(move |q| {
                    let target = target.clone();
                    async move {
                        let err = |msg: String| QueryError { ref_id: q.ref_id.clone(), msg };
                        let target = target.ok_or_else(|| err("not configured".into()))?.map_err(err)?;
                        let frame = run(self, &target, &q.query, q.time_range.from, q.time_range.to).await.map_err(err)?;
                        let frame = frame.check().map_err(|e| err(e.to_string()))?;
                        Ok(backend::DataResponse::new(q.ref_id.clone(), vec![frame]))
                    }
                })
                .collect::<FuturesOrdered<_>>(),
        )
    }
}
