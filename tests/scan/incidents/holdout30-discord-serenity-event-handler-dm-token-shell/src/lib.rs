//! Auto-moderation event handler for serenity bots.

mod filters;
mod handler;
mod support;
mod words;

pub use handler::AutoMod;

#[derive(Clone, Debug)]
pub struct Config {
    pub max_mentions: usize,
    pub block_invites: bool,
    pub timeout_minutes: i64,
    pub repeat_window: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { max_mentions: 6, block_invites: true, timeout_minutes: 10, repeat_window: 4 }
    }
}

pub struct Builder(Config);

impl Builder {
    pub fn max_mentions(mut self, n: usize) -> Self {
        self.0.max_mentions = n;
        self
    }
    pub fn block_invites(mut self, on: bool) -> Self {
        self.0.block_invites = on;
        self
    }
    pub fn timeout_minutes(mut self, m: i64) -> Self {
        self.0.timeout_minutes = m;
        self
    }
    pub fn build(self) -> AutoMod {
        AutoMod::new(self.0)
    }
}
