//! Minimal ADIF 3 parser: `<FIELD:len>value` records terminated by `<EOR>`.

#[derive(Debug, Default, Clone)]
pub struct Qso {
    pub call: String,
    pub date: String,
    pub time: String,
    pub band: String,
    pub mode: String,
    pub freq: String,
    pub rst_sent: String,
    pub rst_rcvd: String,
    pub gridsquare: String,
}

impl Qso {
    pub fn key(&self) -> String {
        format!("{}|{}|{}|{}", self.call, self.date, &self.time[..self.time.len().min(4)], self.band)
    }

    pub fn to_adif(&self) -> String {
        let mut s = String::new();
        for (k, v) in [
            ("CALL", &self.call), ("QSO_DATE", &self.date), ("TIME_ON", &self.time),
            ("BAND", &self.band), ("MODE", &self.mode), ("FREQ", &self.freq),
            ("RST_SENT", &self.rst_sent), ("RST_RCVD", &self.rst_rcvd), ("GRIDSQUARE", &self.gridsquare),
        ] {
            if !v.is_empty() {
                s.push_str(&format!("<{k}:{}>{v} ", v.len()));
            }
        }
        s.push_str("<EOR>");
        s
    }
}

pub fn parse(text: &str) -> Vec<Qso> {
    let body = match text.to_ascii_uppercase().find("<EOH>") {
        Some(i) => &text[i + 5..],
        None => text,
    };
    let mut out = Vec::new();
    let mut cur = Qso::default();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let mut parts = tag.split(':');
        let name = parts.next().unwrap_or("").to_ascii_uppercase();
        if name == "EOR" {
            out.push(std::mem::take(&mut cur));
            continue;
        }
        let len: usize = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
        let value = rest.get(..len).unwrap_or("").to_string();
        rest = rest.get(len..).unwrap_or("");
        match name.as_str() {
            "CALL" => cur.call = value,
            "QSO_DATE" => cur.date = value,
            "TIME_ON" => cur.time = value,
            "BAND" => cur.band = value.to_lowercase(),
            "MODE" => cur.mode = value,
            "FREQ" => cur.freq = value,
            "RST_SENT" => cur.rst_sent = value,
            "RST_RCVD" => cur.rst_rcvd = value,
            "GRIDSQUARE" => cur.gridsquare = value,
            _ => {}
        }
    }
    out
}
