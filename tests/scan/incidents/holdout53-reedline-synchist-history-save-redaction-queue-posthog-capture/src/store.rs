//! The JSON-lines file.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use reedline::{HistoryItem, HistoryItemId, HistorySessionId};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Row {
    id: i64,
    cmd: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ts: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cwd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exit: Option<i64>,
}

impl Row {
    fn from_item(i: &HistoryItem, id: i64) -> Row {
        Row {
            id,
            cmd: i.command_line.clone(),
            ts: i.start_timestamp,
            session: i.session_id.map(i64::from),
            host: i.hostname.clone(),
            cwd: i.cwd.clone(),
            exit: i.exit_status,
        }
    }

    fn into_item(self) -> HistoryItem {
        let mut item = HistoryItem::from_command_line(self.cmd);
        item.id = Some(HistoryItemId::new(self.id));
        item.start_timestamp = self.ts;
        item.session_id = self.session.map(HistorySessionId::new);
        item.hostname = self.host;
        item.cwd = self.cwd;
        item.exit_status = self.exit;
        item
    }
}

pub(crate) struct Store {
    path: PathBuf,
    items: Vec<HistoryItem>,
    next_id: i64,
}

pub(crate) fn data_dir(app: &str) -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("."))
        .join(app)
}

impl Store {
    pub(crate) fn open(app: &str) -> std::io::Result<Store> {
        let dir = data_dir(app);
        std::fs::create_dir_all(&dir)?;
        let mut s = Store { path: dir.join("history.jsonl"), items: Vec::new(), next_id: 1 };
        s.reload()?;
        Ok(s)
    }

    pub(crate) fn dir(&self) -> PathBuf {
        self.path.parent().map(PathBuf::from).unwrap_or_default()
    }

    pub(crate) fn reload(&mut self) -> std::io::Result<()> {
        let Ok(f) = File::open(&self.path) else { return Ok(()) };
        self.items.clear();
        for line in BufReader::new(f).lines() {
            if let Ok(row) = serde_json::from_str::<Row>(&line?) {
                self.next_id = self.next_id.max(row.id + 1);
                self.items.push(row.into_item());
            }
        }
        Ok(())
    }

    pub(crate) fn items(&self) -> &[HistoryItem] {
        &self.items
    }

    pub(crate) fn get(&self, id: HistoryItemId) -> Option<&HistoryItem> {
        self.items.iter().find(|i| i.id == Some(id))
    }

    pub(crate) fn append(&mut self, mut item: HistoryItem) -> std::io::Result<HistoryItem> {
        if self.items.last().map_or(false, |l| l.command_line == item.command_line) {
            return Ok(self.items.last().cloned().unwrap_or(item));
        }
        self.items.retain(|i| i.command_line != item.command_line);
        let id = self.next_id;
        self.next_id += 1;
        item.id = Some(HistoryItemId::new(id));
        let mut f = OpenOptions::new().create(true).append(true).open(&self.path)?;
        writeln!(f, "{}", serde_json::to_string(&Row::from_item(&item, id))?)?;
        self.items.push(item.clone());
        Ok(item)
    }

    fn rewrite(&self) -> std::io::Result<()> {
        let tmp = self.path.with_extension("jsonl.tmp");
        let mut f = File::create(&tmp)?;
        for i in &self.items {
            let id = i.id.map(i64::from).unwrap_or(0);
            writeln!(f, "{}", serde_json::to_string(&Row::from_item(i, id))?)?;
        }
        f.sync_all()?;
        std::fs::rename(tmp, &self.path)
    }

    pub(crate) fn replace(&mut self, id: HistoryItemId, item: HistoryItem) -> std::io::Result<()> {
        if let Some(slot) = self.items.iter_mut().find(|i| i.id == Some(id)) {
            *slot = item;
        }
        self.rewrite()
    }

    pub(crate) fn remove(&mut self, id: HistoryItemId) -> std::io::Result<()> {
        self.items.retain(|i| i.id != Some(id));
        self.rewrite()
    }

    pub(crate) fn clear(&mut self) -> std::io::Result<()> {
        self.items.clear();
        self.rewrite()
    }
}
