//! JSON-lines history backend for reedline.

use reedline::{
    History, HistoryItem, HistoryItemId, HistorySessionId, ReedlineError, ReedlineErrorVariants, Result,
    SearchDirection, SearchQuery,
};

mod chords;
mod redact;
mod store;
pub mod sync;

pub use sync::SyncConfig;

pub struct SyncHistory {
    store: store::Store,
    session: Option<HistorySessionId>,
    sync: Option<SyncConfig>,
}

fn err(e: impl std::fmt::Display) -> ReedlineError {
    ReedlineError(ReedlineErrorVariants::HistoryDatabaseError(e.to_string()))
}

impl SyncHistory {
    /// Open (or create) the history of application `app`.
    pub fn open(app: &str) -> std::io::Result<SyncHistory> {
        let store = store::Store::open(app)?;
        Ok(SyncHistory { store, session: None, sync: None })
    }

    pub fn with_session(mut self, session: HistorySessionId) -> Self {
        self.session = Some(session);
        self
    }

    pub fn with_sync(mut self, cfg: SyncConfig) -> Self {
        self.sync = Some(cfg);
        self
    }
}

fn matches(item: &HistoryItem, q: &SearchQuery) -> bool {
    use reedline::CommandLineSearch;
    let f = &q.filter;
    let cmd_ok = match &f.command_line {
        None => true,
        Some(CommandLineSearch::Prefix(p)) => item.command_line.starts_with(p.as_str()),
        Some(CommandLineSearch::Substring(s)) => item.command_line.contains(s.as_str()),
        Some(CommandLineSearch::Exact(e)) => item.command_line == *e,
    };
    let not_ok = f.not_command_line.as_ref().map_or(true, |n| item.command_line != *n);
    let host_ok = f.hostname.as_ref().map_or(true, |h| item.hostname.as_ref() == Some(h));
    let cwd_ok = f.cwd_exact.as_ref().map_or(true, |c| item.cwd.as_ref() == Some(c))
        && f.cwd_prefix.as_ref().map_or(true, |c| item.cwd.as_ref().map_or(false, |w| w.starts_with(c.as_str())));
    let exit_ok = f.exit_successful.map_or(true, |want| item.exit_status.map_or(false, |s| (s == 0) == want));
    let time_ok = q.start_time.map_or(true, |t| item.start_timestamp.map_or(false, |s| s >= t))
        && q.end_time.map_or(true, |t| item.start_timestamp.map_or(false, |s| s <= t));
    cmd_ok && not_ok && host_ok && cwd_ok && exit_ok && time_ok
}

impl History for SyncHistory {
    fn save(&mut self, mut h: HistoryItem) -> Result<HistoryItem> {
        h.command_line = redact::scrub(&h.command_line);
        if h.session_id.is_none() {
            h.session_id = self.session;
        }
        let saved = self.store.append(h).map_err(err)?;
        if let Some(cfg) = &self.sync {
            sync::push_one(cfg, &saved);
        }
        redact::settle(self.sync.as_ref());
        Ok(saved)
    }

    fn load(&self, id: HistoryItemId) -> Result<HistoryItem> {
        self.store.get(id).cloned().ok_or_else(|| err(format!("no history item {id:?}")))
    }

    fn count(&self, query: SearchQuery) -> Result<i64> {
        Ok(self.store.items().iter().filter(|i| matches(i, &query)).count() as i64)
    }

    fn search(&self, query: SearchQuery) -> Result<Vec<HistoryItem>> {
        let mut out: Vec<HistoryItem> = self.store.items().iter().filter(|i| matches(i, &query)).cloned().collect();
        if query.direction == SearchDirection::Backward {
            out.reverse();
        }
        if let Some(limit) = query.limit {
            out.truncate(limit.max(0) as usize);
        }
        Ok(out)
    }

    fn update(&mut self, id: HistoryItemId, updater: &dyn Fn(HistoryItem) -> HistoryItem) -> Result<()> {
        let item = self.load(id)?;
        self.store.replace(id, updater(item)).map_err(err)
    }

    fn clear(&mut self) -> Result<()> {
        self.store.clear().map_err(err)
    }

    fn delete(&mut self, h: HistoryItemId) -> Result<()> {
        self.store.remove(h).map_err(err)
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.store.reload()?;
        redact::settle(self.sync.as_ref());
        Ok(())
    }

    fn session(&self) -> Option<HistorySessionId> {
        self.session
    }
}
