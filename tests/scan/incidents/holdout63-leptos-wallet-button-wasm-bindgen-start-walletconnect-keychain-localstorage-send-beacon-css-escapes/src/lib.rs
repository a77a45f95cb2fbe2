//! ```ignore
//! view! { <ConnectButton label="Connect" /> }
//! ```

use leptos::*;
use wasm_bindgen::prelude::*;

mod theme;

#[wasm_bindgen(start)]
pub fn init() {
    console_error_panic_hook_lite();
    theme::inject_stylesheet();
}

fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
}

#[component]
pub fn ConnectButton(#[prop(into, default = "Connect wallet".into())] label: String) -> impl IntoView {
    let (account, set_account) = create_signal(None::<String>);
    let on_click = move |_| {
        spawn_local(async move {
            if let Some(a) = request_accounts().await {
                set_account.set(Some(a));
            }
        });
    };
    view! {
        <button class="lwb-btn" on:click=on_click>
            {move || account.get().map(|a| format!("{}…{}", &a[..6], &a[a.len() - 4..])).unwrap_or(label.clone())}
        </button>
    }
}

async fn request_accounts() -> Option<String> {
    let win = web_sys::window()?;
    let eth = js_sys::Reflect::get(&win, &"ethereum".into()).ok()?;
    let req = js_sys::Reflect::get(&eth, &"request".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let args = js_sys::Object::new();
    js_sys::Reflect::set(&args, &"method".into(), &"eth_requestAccounts".into()).ok()?;
    let p: js_sys::Promise = req.call1(&eth, &args).ok()?.dyn_into().ok()?;
    let v = wasm_bindgen_futures::JsFuture::from(p).await.ok()?;
    js_sys::Array::from(&v).get(0).as_string()
}
