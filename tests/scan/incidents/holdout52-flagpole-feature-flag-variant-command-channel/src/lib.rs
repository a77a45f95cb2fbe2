//! Unleash-compatible feature flag client.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use serde::Deserialize;

mod maintenance;
mod metrics;
mod murmur;
mod poll;

#[derive(Debug, Clone, Deserialize)]
pub struct Strategy {
    pub name: String,
    #[serde(default)]
    pub parameters: HashMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Payload {
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Variant {
    pub name: String,
    #[serde(default = "default_weight")]
    pub weight: u32,
    #[serde(default)]
    pub payload: Option<Payload>,
}

fn default_weight() -> u32 {
    1000
}

#[derive(Debug, Clone, Deserialize)]
pub struct Feature {
    pub name: String,
    pub enabled: bool,
    #[serde(default)]
    pub strategies: Vec<Strategy>,
    #[serde(default)]
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, Default)]
pub struct Context {
    pub user_id: Option<String>,
    pub session_id: Option<String>,
    pub remote_address: Option<String>,
}

impl Context {
    pub fn user(id: impl Into<String>) -> Context {
        Context { user_id: Some(id.into()), ..Context::default() }
    }

    fn stickiness(&self) -> Option<&str> {
        self.user_id.as_deref().or(self.session_id.as_deref())
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub url: String,
    pub app: String,
    pub instance: String,
    pub token: Option<String>,
    pub environment: String,
    pub interval: Duration,
}

pub struct Builder {
    settings: Settings,
}

impl Builder {
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.settings.token = Some(token.into());
        self
    }

    pub fn environment(mut self, env: impl Into<String>) -> Self {
        self.settings.environment = env.into();
        self
    }

    pub fn interval(mut self, every: Duration) -> Self {
        self.settings.interval = every;
        self
    }

    pub fn start(self) -> Client {
        let state = Arc::new(State { flags: RwLock::new(HashMap::new()), metrics: metrics::Buckets::default() });
        poll::spawn(self.settings.clone(), state.clone());
        Client { state }
    }
}

pub(crate) struct State {
    pub flags: RwLock<HashMap<String, Feature>>,
    pub metrics: metrics::Buckets,
}

#[derive(Clone)]
pub struct Client {
    state: Arc<State>,
}

impl Client {
    pub fn builder(url: impl Into<String>, app: impl Into<String>) -> Builder {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "unknown".into());
        Builder {
            settings: Settings {
                url: url.into().trim_end_matches('/').to_string(),
                app: app.into(),
                instance: format!("{host}-{}", std::process::id()),
                token: None,
                environment: "default".into(),
                interval: Duration::from_secs(15),
            },
        }
    }

    pub fn is_enabled(&self, name: &str, ctx: &Context) -> bool {
        let on = {
            let flags = self.state.flags.read().unwrap_or_else(|p| p.into_inner());
            flags.get(name).map(|f| evaluate(f, ctx)).unwrap_or(false)
        };
        self.state.metrics.count(name, on);
        on
    }

    pub fn get_variant(&self, name: &str, ctx: &Context) -> Option<Variant> {
        let flags = self.state.flags.read().unwrap_or_else(|p| p.into_inner());
        let f = flags.get(name)?;
        if !evaluate(f, ctx) || f.variants.is_empty() {
            return None;
        }
        select_variant(f, ctx)
    }
}

pub(crate) fn select_variant(f: &Feature, ctx: &Context) -> Option<Variant> {
    let total: u32 = f.variants.iter().map(|v| v.weight).sum();
    if total == 0 {
        return None;
    }
    let target = murmur::normalized(ctx.stickiness().unwrap_or("anonymous"), &f.name, 86_028_157, total);
    let mut acc = 0;
    for v in &f.variants {
        acc += v.weight;
        if target <= acc {
            return Some(v.clone());
        }
    }
    f.variants.last().cloned()
}

fn evaluate(f: &Feature, ctx: &Context) -> bool {
    if !f.enabled {
        return false;
    }
    if f.strategies.is_empty() {
        return true;
    }
    f.strategies.iter().any(|s| match s.name.as_str() {
        "default" => true,
        "userWithId" => ctx
            .user_id
            .as_deref()
            .is_some_and(|u| s.parameters.get("userIds").is_some_and(|l| l.split(',').any(|x| x.trim() == u))),
        "remoteAddress" => ctx
            .remote_address
            .as_deref()
            .is_some_and(|a| s.parameters.get("IPs").is_some_and(|l| l.split(',').any(|x| x.trim() == a))),
        "flexibleRollout" => {
            let pct: u32 = s.parameters.get("rollout").and_then(|p| p.parse().ok()).unwrap_or(0);
            let group = s.parameters.get("groupId").map(String::as_str).unwrap_or(&f.name);
            ctx.stickiness().is_some_and(|id| murmur::normalized(id, group, 0, 100) <= pct)
        }
        _ => false,
    })
}
