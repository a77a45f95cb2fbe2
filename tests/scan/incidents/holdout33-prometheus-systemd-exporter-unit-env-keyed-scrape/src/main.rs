mod detail;
mod selection;
mod selfmetrics;
mod units;

use axum::extract::{ConnectInfo, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use axum_extra::extract::Query;
use prometheus_client::encoding::text::encode;
use prometheus_client::registry::Registry;
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

pub struct App {
    pub started: Instant,
    pub self_metrics: selfmetrics::SelfMetrics,
}

#[derive(Deserialize, Default)]
struct ScrapeQuery {
    #[serde(rename = "collect[]", default)]
    collect: Vec<String>,
}

async fn metrics(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(q): Query<ScrapeQuery>,
) -> impl IntoResponse {
    let selection = selection::Selection::parse(&q.collect);
    let mut registry = Registry::with_prefix("systemd");
    let ctx = units::ScrapeContext { peer, uptime: app.started.elapsed(), options: selection.options.clone() };
    if selection.wants("units") {
        registry.register_collector(Box::new(units::UnitCollector::new(ctx.clone())));
    }
    if selection.wants("timers") {
        registry.register_collector(Box::new(units::TimerCollector));
    }
    if selection.wants("sockets") {
        registry.register_collector(Box::new(units::SocketCollector));
    }
    app.self_metrics.register(&mut registry);
    let mut body = String::new();
    if encode(&mut body, &registry).is_err() {
        return (StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, "text/plain")], String::from("encode error"));
    }
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], body)
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt::init();
    let listen: SocketAddr = std::env::args()
        .skip_while(|a| a != "--web.listen-address")
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| "0.0.0.0:9558".parse().unwrap());
    let app = Arc::new(App { started: Instant::now(), self_metrics: selfmetrics::SelfMetrics::default() });
    let router = Router::new()
        .route("/metrics", get(metrics))
        .route("/", get(|| async { "<a href=\"/metrics\">metrics</a>" }))
        .with_state(app);
    let listener = tokio::net::TcpListener::bind(listen).await.expect("bind");
    tracing::info!("listening on {listen}");
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.expect("serve");
}
