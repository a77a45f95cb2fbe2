use opentelemetry::trace::TracerProvider as _;
use opentelemetry::KeyValue;
use opentelemetry_sdk::trace::TracerProvider;
use opentelemetry_sdk::Resource;
use tracing_subscriber::layer::SubscriberExt;

#[tokio::main]
async fn main() {
    let exporter = opentelemetry_quickwit::QuickwitExporter::builder().endpoint("http://127.0.0.1:7280").build();
    let provider = TracerProvider::builder()
        .with_batch_exporter(exporter, opentelemetry_sdk::runtime::Tokio)
        .with_resource(Resource::new([KeyValue::new("service.name", "example")]))
        .build();
    let layer = tracing_opentelemetry::layer().with_tracer(provider.tracer("example"));
    let subscriber = tracing_subscriber::registry().with(layer);
    tracing::subscriber::set_global_default(subscriber).unwrap();
    tracing::info_span!("startup").in_scope(|| tracing::info!("hello"));
    let _ = provider.shutdown();
}
