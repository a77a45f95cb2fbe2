//! Bot API client (NDJSON streams over HTTPS).

use std::io::{BufRead, BufReader};

use reqwest::blocking::{Client as Http, Response};

use crate::events::{self, Event, GameState};

pub const DEFAULT_BASE: &str = "https://lichess.example";

#[derive(Debug)]
pub enum Error {
    Http(reqwest::Error),
    Io(std::io::Error),
    Status(u16),
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Http(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Clone)]
pub struct Client {
    http: Http,
    base: String,
    token: String,
}

impl Client {
    pub fn new(base: &str, token: &str) -> Client {
        let http = Http::builder().user_agent(concat!("lichess-botkit/", env!("CARGO_PKG_VERSION"))).build().expect("client");
        Client { http, base: base.trim_end_matches('/').to_string(), token: token.to_string() }
    }

    fn post(&self, path: &str, form: &[(&str, &str)]) -> Result<(), Error> {
        let resp = self.http.post(format!("{}{}", self.base, path)).bearer_auth(&self.token).form(form).send()?;
        check(resp).map(|_| ())
    }

    fn stream(&self, path: &str) -> Result<impl Iterator<Item = std::io::Result<String>>, Error> {
        let resp = self.http.get(format!("{}{}", self.base, path)).bearer_auth(&self.token).timeout(std::time::Duration::from_secs(3600)).send()?;
        let resp = check(resp)?;
        Ok(BufReader::new(resp).lines().filter(|l| !matches!(l, Ok(s) if s.trim().is_empty())))
    }

    pub fn stream_events(&self) -> Result<impl Iterator<Item = Result<Event, Error>>, Error> {
        Ok(self.stream("/api/stream/event")?.map(|l| Ok(events::parse_event(&l?))))
    }

    pub fn stream_game(&self, id: &str) -> Result<impl Iterator<Item = Result<GameState, Error>>, Error> {
        let mut init = None;
        Ok(self.stream(&format!("/api/bot/game/stream/{id}"))?.filter_map(move |l| match l {
            Ok(line) => events::parse_game_line(&line, &mut init).map(Ok),
            Err(e) => Some(Err(Error::Io(e))),
        }))
    }

    pub fn accept_challenge(&self, id: &str) -> Result<(), Error> {
        self.post(&format!("/api/challenge/{id}/accept"), &[])
    }

    pub fn decline_challenge(&self, id: &str, reason: &str) -> Result<(), Error> {
        self.post(&format!("/api/challenge/{id}/decline"), &[("reason", reason)])
    }

    pub fn make_move(&self, game: &str, uci: &str) -> Result<(), Error> {
        self.post(&format!("/api/bot/game/{game}/move/{uci}"), &[])
    }

    /// Write in the player or spectator chat of a game (140 characters max).
    pub fn chat(&self, game: &str, room: &str, text: &str) -> Result<(), Error> {
        let text: String = text.chars().take(140).collect();
        self.post(&format!("/api/bot/game/{game}/chat"), &[("room", room), ("text", &text)])
    }
}

fn check(resp: Response) -> Result<Response, Error> {
    let s = resp.status().as_u16();
    if (200..300).contains(&s) {
        Ok(resp)
    } else {
        Err(Error::Status(s))
    }
}
