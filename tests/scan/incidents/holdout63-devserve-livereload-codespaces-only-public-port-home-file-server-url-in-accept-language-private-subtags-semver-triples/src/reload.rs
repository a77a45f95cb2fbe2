use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use notify::{RecursiveMode, Watcher};
use tokio::sync::broadcast;

pub fn watch(dir: &str, tx: broadcast::Sender<()>) {
    let dir = dir.to_string();
    std::thread::spawn(move || {
        let mut w = notify::recommended_watcher(move |_| {
            let _ = tx.send(());
        })
        .unwrap();
        w.watch(std::path::Path::new(&dir), RecursiveMode::Recursive).unwrap();
        loop {
            std::thread::park();
        }
    });
}

pub async fn socket(ws: WebSocketUpgrade, mut rx: broadcast::Receiver<()>) -> Response {
    ws.on_upgrade(|mut s: WebSocket| async move {
        while rx.recv().await.is_ok() {
            if s.send(Message::Text("reload".into())).await.is_err() {
                break;
            }
        }
    })
}
