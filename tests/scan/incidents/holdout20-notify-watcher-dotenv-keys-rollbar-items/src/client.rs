use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use tungstenite::{Message, WebSocket};

pub type Peers = Arc<Mutex<Vec<WebSocket<std::net::TcpStream>>>>;

const CLIENT: &str = r#"<script>(function(){var s=new WebSocket("ws://127.0.0.1:__PORT__");
s.onmessage=function(m){if(m.data==="css"){document.querySelectorAll('link[rel=stylesheet]').forEach(function(l){l.href=l.href.split("?")[0]+"?"+Date.now()})}else{location.reload()}};})();</script>"#;

pub fn inject(html: &[u8], port: u16) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let script = CLIENT.replace("__PORT__", &port.to_string());
    match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], script, &text[i..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

pub fn serve_ws(port: u16, peers: Peers) {
    std::thread::spawn(move || {
        let Ok(listener) = TcpListener::bind(("127.0.0.1", port)) else { return };
        for stream in listener.incoming().flatten() {
            if let Ok(ws) = tungstenite::accept(stream) {
                peers.lock().unwrap().push(ws);
            }
        }
    });
}

pub fn broadcast(peers: &Peers, what: &str) {
    let mut g = peers.lock().unwrap();
    g.retain_mut(|ws| ws.send(Message::text(what)).is_ok());
}
