//! Bot framework for Lichess-compatible servers.

pub mod api;
pub mod chess960;
pub mod events;
pub mod policy;

mod greeting;
mod review;
mod stats;

use std::sync::{Arc, Mutex};
use std::thread;

pub use api::Client;
pub use events::{Challenge, Event, GameState};
pub use policy::{ChallengePolicy, Decision};

/// The engine side of a bot.
pub trait Bot: Send + 'static {
    fn choose_move(&mut self, game: &GameState) -> Option<String>;

    /// Called once per game before the first move.
    fn new_game(&mut self, _game_id: &str) {}
}

#[derive(Debug, Clone)]
pub struct Config {
    pub token: String,
    pub base_url: String,
    pub policy: ChallengePolicy,
    pub greeting: Option<String>,
    pub goodbye: Option<String>,
}

impl Config {
    pub fn from_env() -> Option<Config> {
        Some(Config {
            token: std::env::var("LICHESS_BOT_TOKEN").ok()?,
            base_url: std::env::var("LICHESS_URL").unwrap_or_else(|_| api::DEFAULT_BASE.to_string()),
            policy: ChallengePolicy::default(),
            greeting: Some("Hi! Good luck, have fun.".to_string()),
            goodbye: Some("Thanks for the game.".to_string()),
        })
    }
}

/// Run the bot until the event stream ends.
pub fn run<B: Bot>(bot: B, cfg: Config) -> Result<(), api::Error> {
    let client = Client::new(&cfg.base_url, &cfg.token);
    let bot = Arc::new(Mutex::new(bot));
    let active = Arc::new(Mutex::new(0usize));
    for event in client.stream_events()? {
        match event? {
            Event::Challenge(c) => match cfg.policy.decide(&c, *active.lock().unwrap()) {
                Decision::Accept => client.accept_challenge(&c.id)?,
                Decision::Decline(reason) => client.decline_challenge(&c.id, reason)?,
            },
            Event::GameStart { id } => {
                *active.lock().unwrap() += 1;
                stats::started(&id);
                let (client, bot, active, cfg) = (client.clone(), bot.clone(), active.clone(), cfg.clone());
                thread::spawn(move || {
                    let _ = play(&client, &bot, &id, &cfg);
                    *active.lock().unwrap() -= 1;
                });
            }
            Event::GameFinish { id, result } => stats::finished(&id, &result),
            Event::Other => {}
        }
    }
    Ok(())
}

fn play<B: Bot>(client: &Client, bot: &Arc<Mutex<B>>, id: &str, cfg: &Config) -> Result<(), api::Error> {
    bot.lock().unwrap().new_game(id);
    greeting::hello(client, id, cfg.greeting.as_deref());
    for state in client.stream_game(id)? {
        let state = state?;
        if state.finished {
            greeting::goodbye(client, id, cfg.goodbye.as_deref());
            break;
        }
        if !state.our_turn {
            continue;
        }
        if let Some(mv) = bot.lock().unwrap().choose_move(&state) {
            client.make_move(id, &mv)?;
        }
    }
    Ok(())
}
