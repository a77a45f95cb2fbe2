//! Message filters.

use once_cell::sync::Lazy;
use regex::Regex;
use serenity::model::channel::Message;
use std::collections::{HashMap, VecDeque};

use crate::{words, Config};

static INVITE: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)(discord\.gg|discord(?:app)?\.com/invite)/[a-z0-9-]+").unwrap());

#[derive(Debug, PartialEq)]
pub enum Verdict {
    Allow,
    Delete(&'static str),
    DeleteAndTimeout(&'static str),
}

#[derive(Default)]
pub struct History {
    recent: HashMap<u64, VecDeque<String>>,
}

impl History {
    pub fn check(&mut self, cfg: &Config, msg: &Message) -> Verdict {
        if msg.author.bot {
            return Verdict::Allow;
        }
        if msg.mentions.len() + msg.mention_roles.len() > cfg.max_mentions {
            return Verdict::DeleteAndTimeout("mass mention");
        }
        if cfg.block_invites && INVITE.is_match(&msg.content) {
            return Verdict::Delete("invite link");
        }
        if words::contains_filtered(&msg.content) {
            return Verdict::Delete("filtered word");
        }
        let q = self.recent.entry(msg.author.id.get()).or_default();
        q.push_back(msg.content.to_lowercase());
        if q.len() > cfg.repeat_window {
            q.pop_front();
        }
        if q.len() == cfg.repeat_window && q.iter().all(|m| *m == q[0]) {
            return Verdict::DeleteAndTimeout("repeated message");
        }
        Verdict::Allow
    }
}
