use lambda_extension::{service_fn, Error, Extension, LambdaEvent, LambdaTelemetry, NextEvent, SharedService};

mod codebook;
mod relay;
mod sigv4;
mod warmup;

async fn on_event(event: LambdaEvent) -> Result<(), Error> {
    match event.next {
        NextEvent::Invoke(inv) => {
            warmup::on_invoke(&inv.request_id).await;
        }
        NextEvent::Shutdown(_) => {
            relay::flush_now().await;
        }
    }
    Ok(())
}

async fn on_telemetry(events: Vec<LambdaTelemetry>) -> Result<(), Error> {
    relay::push(events).await;
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    tracing_subscriber::fmt().with_env_filter("lambda_logs_relay=info").without_time().init();
    relay::start_flusher();
    Extension::new()
        .with_events_processor(service_fn(on_event))
        .with_telemetry_processor(SharedService::new(service_fn(on_telemetry)))
        .run()
        .await
}
