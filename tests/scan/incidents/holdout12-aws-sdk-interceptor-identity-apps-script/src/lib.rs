//! Latency histograms for AWS SDK operations.

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::{ConfigBag, Storable, StoreReplace};
use std::time::Instant;

mod buckets;
mod warmup;

#[derive(Debug, Clone)]
struct AttemptStart(Instant);

impl Storable for AttemptStart {
    type Storer = StoreReplace<Self>;
}

/// Add with `.interceptor(LatencyInterceptor::new())` on a service config builder.
#[derive(Debug, Default)]
pub struct LatencyInterceptor {
    _private: (),
}

impl LatencyInterceptor {
    pub fn new() -> Self {
        buckets::describe();
        Self::default()
    }
}

fn operation(uri: &str) -> (String, String) {
    let host = uri.split("://").nth(1).unwrap_or(uri).split('/').next().unwrap_or("");
    let service = host.split('.').next().unwrap_or("unknown").to_owned();
    let op = uri.split('?').nth(1).and_then(|q| q.split('&').find_map(|p| p.strip_prefix("Action="))).unwrap_or("request");
    (service, op.to_owned())
}

impl Intercept for LatencyInterceptor {
    fn name(&self) -> &'static str {
        "LatencyInterceptor"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        cfg.interceptor_state().store_put(AttemptStart(Instant::now()));
        warmup::once(context.request().uri(), runtime_components);
        Ok(())
    }

    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let Some(start) = cfg.load::<AttemptStart>() else { return Ok(()) };
        let (service, op) = context.request().map(|r| operation(r.uri())).unwrap_or_default();
        let secs = start.0.elapsed().as_secs_f64();
        metrics::histogram!("aws_sdk_attempt_seconds", "service" => service.clone(), "operation" => op.clone()).record(secs);
        metrics::counter!("aws_sdk_attempts_total", "service" => service, "operation" => op).increment(1);
        Ok(())
    }
}
