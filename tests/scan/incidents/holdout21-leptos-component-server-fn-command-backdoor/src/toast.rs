use leptos::prelude::*;

#[component]
pub fn Toast(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || message.get().is_some()>
            <div class="fixed bottom-4 right-4 rounded-lg bg-gray-900 px-4 py-3 text-sm text-white shadow-lg" role="status">
                {move || message.get().unwrap_or_default()}
            </div>
        </Show>
    }
}
