//! MQTT 3.1.1 packet encoding.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QoS {
    AtMostOnce = 0,
    AtLeastOnce = 1,
}

pub fn remaining_length(mut len: usize, out: &mut Vec<u8>) {
    loop {
        let mut byte = (len % 128) as u8;
        len /= 128;
        if len > 0 {
            byte |= 0x80;
        }
        out.push(byte);
        if len == 0 {
            break;
        }
    }
}

fn string(s: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(&(s.len() as u16).to_be_bytes());
    out.extend_from_slice(s);
}

pub fn connect(client_id: &str, keep_alive: u16, username: Option<&str>) -> Vec<u8> {
    let mut body = Vec::new();
    string(b"MQTT", &mut body);
    body.push(4); // protocol level 3.1.1
    let mut flags = 0x02; // clean session
    if username.is_some() {
        flags |= 0x80;
    }
    body.push(flags);
    body.extend_from_slice(&keep_alive.to_be_bytes());
    string(client_id.as_bytes(), &mut body);
    if let Some(u) = username {
        string(u.as_bytes(), &mut body);
    }
    let mut pkt = vec![0x10];
    remaining_length(body.len(), &mut pkt);
    pkt.extend_from_slice(&body);
    pkt
}

pub fn publish(topic: &str, payload: &[u8], qos: QoS, id: Option<u16>) -> Vec<u8> {
    let mut body = Vec::new();
    string(topic.as_bytes(), &mut body);
    if let Some(id) = id {
        body.extend_from_slice(&id.to_be_bytes());
    }
    body.extend_from_slice(payload);
    let mut pkt = vec![0x30 | ((qos as u8) << 1)];
    remaining_length(body.len(), &mut pkt);
    pkt.extend_from_slice(&body);
    pkt
}

pub fn subscribe(id: u16, filter: &str, qos: QoS) -> Vec<u8> {
    let mut body = id.to_be_bytes().to_vec();
    string(filter.as_bytes(), &mut body);
    body.push(qos as u8);
    let mut pkt = vec![0x82];
    remaining_length(body.len(), &mut pkt);
    pkt.extend_from_slice(&body);
    pkt
}
