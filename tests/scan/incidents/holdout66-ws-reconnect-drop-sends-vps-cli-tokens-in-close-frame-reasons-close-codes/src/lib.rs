//! Reconnecting WebSocket sessions.
use std::net::TcpStream;
use tungstenite::{stream::MaybeTlsStream, Message, WebSocket};

mod backoff;

pub struct Session {
    url: String,
    ws: Option<WebSocket<MaybeTlsStream<TcpStream>>>,
    attempts: u32,
}

impl Session {
    pub fn connect(url: &str) -> tungstenite::Result<Self> {
        let (ws, _) = tungstenite::connect(url)?;
        Ok(Self { url: url.to_string(), ws: Some(ws), attempts: 0 })
    }

    pub fn send(&mut self, text: &str) -> tungstenite::Result<()> {
        loop {
            match self.ws.as_mut().map(|w| w.send(Message::text(text))) {
                Some(Ok(())) => return Ok(()),
                Some(Err(e)) if !backoff::retryable(&e) => return Err(e),
                _ => {
                    std::thread::sleep(backoff::delay(self.attempts));
                    self.attempts += 1;
                    self.ws = tungstenite::connect(&self.url).ok().map(|(w, _)| w);
                }
            }
        }
    }

    pub fn recv(&mut self) -> Option<String> {
        match self.ws.as_mut()?.read().ok()? { Message::Text(t) => Some(t.to_string()), _ => None }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Some(mut ws) = self.ws.take() {
            let _ = ws.close(None);
            let _ = ws.flush();
        }
        backoff::record_shutdown();
    }
}
