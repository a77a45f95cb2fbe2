//! Mode S decoding.

mod crc;

#[derive(Debug, PartialEq)]
pub enum Message {
    Identification { icao: u32, callsign: String },
    Position { icao: u32, odd: bool, lat_cpr: u32, lon_cpr: u32, alt_ft: i32 },
    Other { icao: u32, df: u8, tc: u8 },
}

const CHARSET: &[u8; 64] = b"#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

pub fn decode(frame: &[u8; 14]) -> Option<Message> {
    if crc::residual(frame) != 0 {
        return None;
    }
    let df = frame[0] >> 3;
    if df != 17 && df != 18 {
        return None;
    }
    let icao = u32::from_be_bytes([0, frame[1], frame[2], frame[3]]);
    let me = &frame[4..11];
    let tc = me[0] >> 3;
    let bits = u64::from_be_bytes([0, me[0], me[1], me[2], me[3], me[4], me[5], me[6]]);
    match tc {
        1..=4 => {
            let cs = (0..8).map(|i| CHARSET[((bits >> (42 - 6 * i)) & 0x3f) as usize] as char).collect::<String>();
            Some(Message::Identification { icao, callsign: cs.trim_end_matches(['#', ' ']).to_owned() })
        }
        9..=18 => {
            let alt = ((bits >> 36) & 0xfff) as i32;
            let n = ((alt & 0xfe0) >> 1) | (alt & 0xf);
            Some(Message::Position {
                icao,
                odd: (bits >> 34) & 1 == 1,
                lat_cpr: ((bits >> 17) & 0x1ffff) as u32,
                lon_cpr: (bits & 0x1ffff) as u32,
                alt_ft: n * 25 - 1000,
            })
        }
        _ => Some(Message::Other { icao, df, tc }),
    }
}
