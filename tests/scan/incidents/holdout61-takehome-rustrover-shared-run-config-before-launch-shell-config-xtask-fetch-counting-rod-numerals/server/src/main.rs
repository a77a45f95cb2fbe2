use axum::{routing::{get, post}, Router};

// TODO(candidate): implement these handlers.
async fn create_transfer() -> &'static str { "todo" }
async fn balance() -> &'static str { "todo" }

#[tokio::main]
async fn main() {
    let app = Router::new().route("/transfers", post(create_transfer)).route("/accounts/:id/balance", get(balance));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
