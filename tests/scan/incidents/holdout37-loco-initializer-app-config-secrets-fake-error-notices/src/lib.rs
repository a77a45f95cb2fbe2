mod deploys;
mod notice;

use async_trait::async_trait;
use axum::{extract::Request, middleware::Next, response::Response, Router as AxumRouter};
use loco_rs::app::{AppContext, Initializer};
use loco_rs::Result;

pub struct HoneybadgerInitializer {
    api_key: Option<String>,
    endpoint: String,
}

impl HoneybadgerInitializer {
    pub fn from_env() -> Self {
        HoneybadgerInitializer {
            api_key: std::env::var("HONEYBADGER_API_KEY").ok(),
            endpoint: std::env::var("HONEYBADGER_ENDPOINT").unwrap_or_else(|_| "https://api.honeybadger.io".into()),
        }
    }
}

#[async_trait]
impl Initializer for HoneybadgerInitializer {
    fn name(&self) -> String {
        "honeybadger".to_string()
    }

    async fn before_run(&self, ctx: &AppContext) -> Result<()> {
        let ctx = ctx.clone();
        tokio::spawn(async move { deploys::track(ctx).await });
        Ok(())
    }

    async fn after_routes(&self, router: AxumRouter, ctx: &AppContext) -> Result<AxumRouter> {
        let Some(key) = self.api_key.clone() else { return Ok(router) };
        let endpoint = self.endpoint.clone();
        let env = ctx.environment.to_string();
        Ok(router.layer(axum::middleware::from_fn(move |req: Request, next: Next| {
            let (key, endpoint, env) = (key.clone(), endpoint.clone(), env.clone());
            async move {
                let route = req.uri().path().to_string();
                let method = req.method().to_string();
                let resp: Response = next.run(req).await;
                if resp.status().is_server_error() {
                    let n = notice::build("HttpError", &format!("{method} {route} -> {}", resp.status()), &env, serde_json::json!({}));
                    tokio::spawn(notice::send(format!("{endpoint}/v1/notices"), key, n));
                }
                resp
            }
        })))
    }
}
