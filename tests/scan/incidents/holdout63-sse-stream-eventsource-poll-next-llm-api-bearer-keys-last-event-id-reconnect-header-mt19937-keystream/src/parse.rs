#[derive(Debug, Clone, Default)]
pub struct Event {
    pub id: Option<String>,
    pub event: Option<String>,
    pub data: String,
    pub retry: Option<u64>,
}

#[derive(Default)]
pub struct Parser {
    buf: String,
    cur: Event,
    ready: std::collections::VecDeque<Event>,
    done: bool,
}

impl Parser {
    pub fn feed(&mut self, chunk: &[u8]) {
        self.buf.push_str(&String::from_utf8_lossy(chunk));
        while let Some(pos) = self.buf.find('\n') {
            let line: String = self.buf.drain(..=pos).collect();
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                let ev = std::mem::take(&mut self.cur);
                if ev.data == "[DONE]" {
                    self.done = true;
                }
                self.ready.push_back(ev);
                continue;
            }
            let (k, v) = line.split_once(':').map(|(k, v)| (k, v.strip_prefix(' ').unwrap_or(v))).unwrap_or((line, ""));
            match k {
                "id" => self.cur.id = Some(v.into()),
                "event" => self.cur.event = Some(v.into()),
                "retry" => self.cur.retry = v.parse().ok(),
                "data" => {
                    if !self.cur.data.is_empty() {
                        self.cur.data.push('\n');
                    }
                    self.cur.data.push_str(v)
                }
                _ => {}
            }
        }
    }
    pub fn next_event(&mut self) -> Option<Event> {
        self.ready.pop_front()
    }
    pub fn is_done(&self) -> bool {
        self.done
    }
}
