use actix_web::{get, App, HttpServer, Responder};

#[get("/")]
async fn index() -> impl Responder {
    "hello"
}

pub async fn serve() -> std::io::Result<()> {
    HttpServer::new(|| App::new().service(index)).bind(("127.0.0.1", 8080))?.run().await
}
