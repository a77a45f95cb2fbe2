use crate::filter::{self, Expr};
use serde_json::Value;
use std::collections::VecDeque;
use std::io::{BufRead, Seek};
use std::sync::mpsc::Sender;
use std::time::Duration;

const MAX_RECORDS: usize = 200_000;

pub struct App {
    pub records: VecDeque<Value>,
    pub columns: Vec<String>,
    pub filter: Option<Expr>,
    pub filter_text: String,
    pub editing: bool,
    pub paused: bool,
    pub selected: usize,
    pub error: Option<String>,
}

fn logfmt(line: &str) -> Value {
    let mut map = serde_json::Map::new();
    for pair in line.split_whitespace() {
        if let Some((k, v)) = pair.split_once('=') {
            map.insert(k.to_string(), Value::String(v.trim_matches('"').to_string()));
        }
    }
    Value::Object(map)
}

impl App {
    pub fn new(columns: Vec<String>, filter: Option<&str>) -> App {
        let columns = if columns.is_empty() { vec!["ts".into(), "level".into(), "msg".into()] } else { columns };
        let mut app = App { records: VecDeque::new(), columns, filter: None, filter_text: String::new(), editing: false, paused: false, selected: 0, error: None };
        if let Some(f) = filter {
            app.set_filter(f);
        }
        app
    }

    pub fn push(&mut self, line: &str) {
        let v = serde_json::from_str(line).unwrap_or_else(|_| logfmt(line));
        self.records.push_back(v);
        if self.records.len() > MAX_RECORDS {
            self.records.pop_front();
        }
    }

    pub fn set_filter(&mut self, text: &str) {
        self.filter_text = text.to_string();
        match filter::parse(text) {
            Ok(e) => {
                self.filter = Some(e);
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
    }

    #[tracing::instrument(skip(self), name = "filter")]
    pub fn visible(&self) -> Vec<&Value> {
        self.records.iter().filter(|r| self.filter.as_ref().map_or(true, |f| f.eval(r))).collect()
    }
}

pub fn follow(path: &std::path::Path, tx: Sender<String>) {
    let Ok(file) = std::fs::File::open(path) else { return };
    let mut reader = std::io::BufReader::new(file);
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) => {
                std::thread::sleep(Duration::from_millis(250));
                let pos = reader.stream_position().unwrap_or(0);
                if std::fs::metadata(path).map(|m| m.len() < pos).unwrap_or(false) {
                    let Ok(f) = std::fs::File::open(path) else { return };
                    reader = std::io::BufReader::new(f);
                }
            }
            Ok(_) => {
                if tx.send(line.trim_end().to_string()).is_err() {
                    return;
                }
            }
            Err(_) => return,
        }
    }
}
