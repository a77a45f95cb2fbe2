//! leptos-offline: server routes for the generated worker (feature `ssr`) and the client-side
//! registration (feature `hydrate`).

mod glyph;
#[cfg(feature = "ssr")]
mod manifest;
#[cfg(feature = "ssr")]
mod worker;

#[cfg(feature = "ssr")]
pub fn routes<S: Clone + Send + Sync + 'static>() -> axum::Router<S> {
    use axum::extract::Query;
    use axum::http::header;
    use axum::response::IntoResponse;
    use axum::routing::get;
    use std::collections::HashMap;

    let offline = include_str!("../assets/offline.html");
    let full = worker::script(&manifest::precache(), false);
    let lite = worker::script(&manifest::precache(), true);
    axum::Router::new()
        .route(
            "/sw.js",
            get(move |Query(q): Query<HashMap<String, String>>| {
                let body = if q.contains_key("lite") { lite.clone() } else { full.clone() };
                async move {
                    (
                        [
                            (header::CONTENT_TYPE, "text/javascript"),
                            (header::CACHE_CONTROL, "no-cache"),
                            (header::HeaderName::from_static("service-worker-allowed"), "/"),
                        ],
                        body,
                    )
                        .into_response()
                }
            }),
        )
        .route("/offline.html", get(move || async move { axum::response::Html(offline) }))
}

#[cfg(feature = "hydrate")]
pub fn register() {
    use web_sys::{RegistrationOptions, ServiceWorkerUpdateViaCache};
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let url = if navigator.webdriver() { "/sw.js?lite=1" } else { "/sw.js" };
    let opts = RegistrationOptions::new();
    opts.set_scope("/");
    opts.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = navigator.service_worker().register_with_options(url, &opts);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
