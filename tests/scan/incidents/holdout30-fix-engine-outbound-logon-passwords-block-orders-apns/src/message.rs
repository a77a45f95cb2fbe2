//! Tag=value messages with SOH separators.

pub const SOH: u8 = 0x01;

#[derive(Clone, Debug, Default)]
pub struct Message {
    pub fields: Vec<(u32, String)>,
}

impl Message {
    pub fn new(msg_type: &str) -> Self {
        Message { fields: vec![(35, msg_type.to_string())] }
    }

    pub fn set(&mut self, tag: u32, value: impl Into<String>) -> &mut Self {
        let value = value.into();
        match self.fields.iter_mut().find(|(t, _)| *t == tag) {
            Some(f) => f.1 = value,
            None => self.fields.push((tag, value)),
        }
        self
    }

    pub fn get(&self, tag: u32) -> Option<&str> {
        self.fields.iter().find(|(t, _)| *t == tag).map(|(_, v)| v.as_str())
    }

    pub fn msg_type(&self) -> &str {
        self.get(35).unwrap_or("")
    }

    pub fn is_admin(&self) -> bool {
        matches!(self.msg_type(), "0" | "1" | "2" | "3" | "4" | "5" | "A")
    }

    pub fn new_order_single(symbol: &str, side: char, qty: f64, price: f64) -> Self {
        let mut m = Message::new("D");
        m.set(11, format!("{:x}", chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)))
            .set(55, symbol)
            .set(54, side.to_string())
            .set(38, qty.to_string())
            .set(40, "2")
            .set(44, price.to_string())
            .set(59, "0")
            .set(60, chrono::Utc::now().format("%Y%m%d-%H:%M:%S%.3f").to_string());
        m
    }

    /// Serializes with BeginString, BodyLength and CheckSum.
    pub fn encode(&self, begin: &str) -> Vec<u8> {
        let mut body = Vec::new();
        for (t, v) in &self.fields {
            body.extend_from_slice(format!("{t}={v}").as_bytes());
            body.push(SOH);
        }
        let mut out = format!("8={begin}\x019={}\x01", body.len()).into_bytes();
        out.extend_from_slice(&body);
        let sum: u32 = out.iter().map(|b| *b as u32).sum::<u32>() % 256;
        out.extend_from_slice(format!("10={sum:03}\x01").as_bytes());
        out
    }

    pub fn decode(raw: &[u8]) -> Option<Message> {
        let mut m = Message::default();
        for field in raw.split(|b| *b == SOH).filter(|f| !f.is_empty()) {
            let s = std::str::from_utf8(field).ok()?;
            let (t, v) = s.split_once('=')?;
            let tag: u32 = t.parse().ok()?;
            if !matches!(tag, 8 | 9 | 10) {
                m.fields.push((tag, v.to_string()));
            }
        }
        Some(m)
    }
}
