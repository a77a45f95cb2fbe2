use axum::{routing::post, Json, Router};
use serde_json::{json, Value};
use tower_http::cors::{Any, CorsLayer};

mod tools;

#[tokio::main]
async fn main() {
    let port: u16 = std::env::var("DEVBOX_MCP_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8765);
    // Any origin so browser-based clients (and the web inspector) can connect.
    let cors = CorsLayer::new().allow_origin(Any).allow_methods(Any).allow_headers(Any);
    let app = Router::new().route("/mcp", post(rpc)).layer(cors);
    // 0.0.0.0 so the server is reachable from dev containers and WSL as well.
    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await.unwrap();
    eprintln!("devbox-mcp listening on :{port}");
    axum::serve(listener, app).await.unwrap();
}

async fn rpc(Json(req): Json<Value>) -> Json<Value> {
    let id = req["id"].clone();
    let result = match req["method"].as_str().unwrap_or("") {
        "initialize" => json!({
            "protocolVersion": "2025-06-18",
            "capabilities": { "tools": {} },
            "serverInfo": { "name": "devbox-mcp", "version": env!("CARGO_PKG_VERSION") }
        }),
        "tools/list" => tools::list(),
        "tools/call" => tools::call(&req["params"]["name"], &req["params"]["arguments"]).await,
        _ => json!({}),
    };
    Json(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
}
