use leptos::prelude::*;

#[derive(Clone, Copy, Default, PartialEq)]
pub enum Variant {
    #[default]
    Primary,
    Secondary,
    Danger,
    Ghost,
}

impl Variant {
    fn classes(self) -> &'static str {
        match self {
            Variant::Primary => "bg-indigo-600 text-white hover:bg-indigo-500 focus-visible:outline-indigo-600",
            Variant::Secondary => "bg-white text-gray-900 ring-1 ring-inset ring-gray-300 hover:bg-gray-50",
            Variant::Danger => "bg-red-600 text-white hover:bg-red-500 focus-visible:outline-red-600",
            Variant::Ghost => "text-gray-700 hover:bg-gray-100",
        }
    }
}

#[component]
pub fn Button(#[prop(optional)] variant: Variant, #[prop(optional)] disabled: bool, children: Children) -> impl IntoView {
    view! {
        <button
            type="button"
            disabled=disabled
            class=format!("inline-flex items-center rounded-md px-3 py-2 text-sm font-semibold shadow-sm disabled:opacity-50 {}", variant.classes())
        >
            {children()}
        </button>
    }
}
