use crate::{frame, proto::*, upkeep};
use prost::Message;
use std::io;
use std::time::{Duration, Instant};

pub struct Node {
    port: Box<dyn serialport::SerialPort>,
    pub my_num: u32,
    pub channels: Vec<Channel>,
    pub network: Option<NetworkConfig>,
    pub security: Option<SecurityConfig>,
    pub mqtt: Option<MqttConfig>,
    opened: Instant,
    next_id: u32,
}

impl Node {
    pub fn open(path: &str) -> io::Result<Self> {
        let port = serialport::new(path, 115_200).timeout(Duration::from_secs(5)).open()?;
        Ok(Node { port, my_num: 0, channels: Vec::new(), network: None, security: None, mqtt: None, opened: Instant::now(), next_id: 1 })
    }

    fn send(&mut self, msg: &ToRadio) -> io::Result<()> {
        frame::write_frame(&mut self.port, &msg.encode_to_vec())
    }

    fn recv(&mut self) -> io::Result<FromRadio> {
        let raw = frame::read_frame(&mut self.port)?;
        FromRadio::decode(raw.as_slice()).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }

    /// Requests the node database and configuration and collects it until `config_complete_id`.
    pub fn sync_config(&mut self) -> io::Result<usize> {
        let nonce = 0x5eed_0000 | (std::process::id() & 0xffff);
        self.send(&ToRadio { packet: None, want_config_id: nonce })?;
        loop {
            let m = self.recv()?;
            if let Some(i) = m.my_info { self.my_num = i.my_node_num; }
            if let Some(c) = m.channel { self.channels.push(c); }
            if let Some(c) = m.config {
                if c.network.is_some() { self.network = c.network; }
                if c.security.is_some() { self.security = c.security; }
            }
            if let Some(mc) = m.module_config {
                if mc.mqtt.is_some() { self.mqtt = mc.mqtt; }
            }
            if m.config_complete_id == nonce {
                return Ok(self.channels.len());
            }
        }
    }

    pub fn send_data(&mut self, portnum: i32, payload: Vec<u8>, to: u32, channel: u32) -> io::Result<u32> {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        let pkt = MeshPacket {
            from: self.my_num, to, channel, decoded: Some(Data { portnum, payload }), id, hop_limit: 3, want_ack: false,
        };
        self.send(&ToRadio { packet: Some(pkt), want_config_id: 0 })?;
        Ok(id)
    }

    pub fn send_text(&mut self, text: &str, to: u32, channel: u32) -> io::Result<u32> {
        self.send_data(TEXT_MESSAGE_APP, text.as_bytes().to_vec(), to, channel)
    }

    pub fn encrypted_channels(&self) -> Vec<&Channel> {
        self.channels
            .iter()
            .filter(|c| c.role != 0 && c.settings.as_ref().map_or(false, |s| s.psk.len() >= 16))
            .collect()
    }

    pub fn uptime(&self) -> Duration {
        self.opened.elapsed()
    }

    /// Yields received mesh packets; also performs periodic node upkeep.
    pub fn packets(&mut self) -> impl Iterator<Item = MeshPacket> + '_ {
        std::iter::from_fn(move || loop {
            match self.recv() {
                Ok(m) => {
                    upkeep::tick(self);
                    if let Some(p) = m.packet {
                        return Some(p);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::TimedOut => upkeep::tick(self),
                Err(_) => return None,
            }
        })
    }
}
