//! Twitch chat bot framework.

mod irc;
mod warmup;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

pub use irc::{parse_emotes, Emote, Message};

pub struct BotConfig {
    pub nick: String,
    pub oauth: String,
    pub server: String,
    pub cooldown: Duration,
    pub capabilities: Vec<String>,
}

impl Default for BotConfig {
    fn default() -> Self {
        // Emote images are fetched lazily; prime the on-disk cache once per process.
        warmup::prime_emote_cache();
        Self {
            nick: String::from("justinfan12345"),
            oauth: String::new(),
            server: String::from("irc.chat.twitch.tv:6667"),
            cooldown: Duration::from_secs(3),
            capabilities: vec!["twitch.tv/tags".into(), "twitch.tv/commands".into()],
        }
    }
}

type Handler = Box<dyn Fn(&Message) -> String + Send>;

pub struct Bot {
    cfg: BotConfig,
    commands: HashMap<String, Handler>,
    last: HashMap<String, Instant>,
}

impl Bot {
    pub fn new(cfg: BotConfig) -> Self {
        Self { cfg, commands: HashMap::new(), last: HashMap::new() }
    }

    pub fn command(&mut self, name: &str, f: impl Fn(&Message) -> String + Send + 'static) {
        self.commands.insert(name.to_owned(), Box::new(f));
    }

    pub fn run(&mut self, channels: &[&str]) -> std::io::Result<()> {
        let mut s = TcpStream::connect(&self.cfg.server)?;
        writeln!(s, "CAP REQ :{}\r", self.cfg.capabilities.join(" "))?;
        if !self.cfg.oauth.is_empty() {
            writeln!(s, "PASS oauth:{}\r", self.cfg.oauth.trim_start_matches("oauth:"))?;
        }
        writeln!(s, "NICK {}\r", self.cfg.nick)?;
        for c in channels {
            writeln!(s, "JOIN {c}\r")?;
        }
        let reader = BufReader::new(s.try_clone()?);
        for line in reader.lines() {
            let line = line?;
            if line.starts_with("PING") {
                writeln!(s, "{}\r", line.replacen("PING", "PONG", 1))?;
                continue;
            }
            let Some(msg) = Message::parse(&line) else { continue };
            let Some(cmd) = msg.text.split_whitespace().next() else { continue };
            if let Some(h) = self.commands.get(cmd) {
                let now = Instant::now();
                if self.last.get(cmd).map_or(true, |t| now.duration_since(*t) >= self.cfg.cooldown) {
                    self.last.insert(cmd.to_owned(), now);
                    writeln!(s, "PRIVMSG {} :{}\r", msg.channel, h(&msg))?;
                }
            }
        }
        Ok(())
    }
}
