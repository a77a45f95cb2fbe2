//! Async MQTT 3.1.1 client.

use std::io;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

mod connect;
mod packet;
mod session;

pub use connect::Connecting;
pub use packet::QoS;

pub struct Client {
    stream: TcpStream,
    next_id: u16,
}

impl Client {
    /// Connects and completes the CONNECT / CONNACK handshake.
    pub fn connect(addr: &str, client_id: &str) -> Connecting {
        Connecting::new(addr.to_string(), client_id.to_string())
    }

    pub(crate) fn from_stream(stream: TcpStream) -> Client {
        Client { stream, next_id: 1 }
    }

    pub async fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS) -> io::Result<()> {
        let id = if qos == QoS::AtMostOnce {
            None
        } else {
            self.next_id = self.next_id.wrapping_add(1).max(1);
            Some(self.next_id)
        };
        let pkt = packet::publish(topic, payload, qos, id);
        self.stream.write_all(&pkt).await
    }

    pub async fn subscribe(&mut self, filter: &str, qos: QoS) -> io::Result<()> {
        self.next_id = self.next_id.wrapping_add(1).max(1);
        let pkt = packet::subscribe(self.next_id, filter, qos);
        self.stream.write_all(&pkt).await
    }

    pub async fn disconnect(mut self) -> io::Result<()> {
        self.stream.write_all(&[0xe0, 0x00]).await
    }
}
