//! Health check ("Save & test" in the datasource editor) and metrics.

use grafana_plugin_sdk::backend;

use crate::settings::Settings;
use crate::{flags, query, QuestDbPlugin};

#[derive(Debug, thiserror::Error)]
#[error("health check failed: {0}")]
pub struct HealthError(String);

#[backend::async_trait]
impl backend::DiagnosticsService for QuestDbPlugin {
    type CheckHealthError = HealthError;

    async fn check_health(&self, request: backend::CheckHealthRequest<Self>) -> Result<backend::CheckHealthResponse, Self::CheckHealthError> {
        let Some(instance) = request.plugin_context.datasource_instance_settings.as_ref() else {
            return Ok(backend::CheckHealthResponse::error("datasource is not configured".into()));
        };
        let settings = Settings::from_instance(instance);
        match query::exec(self, &settings, "SELECT 1").await {
            Ok(_) => {
                // Refresh the editor feature flags for this instance in the background.
                flags::refresh(self.client().clone(), settings);
                Ok(backend::CheckHealthResponse::ok("QuestDB connection OK".into()))
            }
            Err(e) => Ok(backend::CheckHealthResponse::error(format!("QuestDB error: {e}"))),
        }
    }

    type CollectMetricsError = HealthError;

    async fn collect_metrics(&self, _request: backend::CollectMetricsRequest<Self>) -> Result<backend::CollectMetricsResponse, Self::CollectMetricsError> {
        Ok(backend::CollectMetricsResponse::new(None))
    }
}
