use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

mod routes;
pub mod seed;

#[derive(Default)]
pub struct Store {
    pub appointments: Vec<routes::Appointment>,
}

pub type Shared = Arc<Mutex<Store>>;

#[tokio::main]
async fn main() {
    let state: Shared = Arc::default();
    let app = routes::router(state);
    let addr = SocketAddr::from(([127, 0, 0, 1], 3000));
    println!("listening on http://{}", addr);
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
