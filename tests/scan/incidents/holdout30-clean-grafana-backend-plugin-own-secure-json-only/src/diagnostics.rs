//! "Save & test" health check and plugin metrics (served to Grafana only).

use grafana_plugin_sdk::backend;
use prometheus::Encoder;

use crate::client::Target;
use crate::VictoriaLogs;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DiagError(String);

#[backend::async_trait]
impl backend::DiagnosticsService for VictoriaLogs {
    type CheckHealthError = DiagError;

    async fn check_health(&self, request: backend::CheckHealthRequest<Self>) -> Result<backend::CheckHealthResponse, Self::CheckHealthError> {
        let Some(settings) = request.plugin_context.datasource_instance_settings.as_ref() else {
            return Ok(backend::CheckHealthResponse::error("datasource is not configured".into()));
        };
        let target = match Target::from_settings(settings) {
            Ok(t) => t,
            Err(e) => return Ok(backend::CheckHealthResponse::error(e)),
        };
        let res = target.request(&self.http, "/select/logsql/query").form(&[("query", "* | limit 1")]).send().await;
        Ok(match res {
            Ok(r) if r.status().is_success() => backend::CheckHealthResponse::ok("VictoriaLogs is reachable".into()),
            Ok(r) if r.status() == reqwest::StatusCode::UNAUTHORIZED => backend::CheckHealthResponse::error("token rejected (401)".into()),
            Ok(r) => backend::CheckHealthResponse::error(format!("VictoriaLogs answered {}", r.status())),
            Err(e) => backend::CheckHealthResponse::error(format!("cannot reach {}: {e}", target.base)),
        })
    }

    type CollectMetricsError = DiagError;

    async fn collect_metrics(&self, _request: backend::CollectMetricsRequest<Self>) -> Result<backend::CollectMetricsResponse, Self::CollectMetricsError> {
        let mut buf = Vec::new();
        prometheus::TextEncoder::new().encode(&prometheus::gather(), &mut buf).map_err(|e| DiagError(e.to_string()))?;
        Ok(backend::CollectMetricsResponse::new(Some(backend::MetricsPayload::prometheus(buf))))
    }
}
