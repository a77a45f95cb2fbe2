use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct Card {
    id: u32,
    title: String,
}

#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
struct Board {
    todo: Vec<Card>,
    doing: Vec<Card>,
    done: Vec<Card>,
}

#[function_component(App)]
fn app() -> Html {
    let board = use_state(|| LocalStorage::get::<Board>("board").unwrap_or_default());

    // TODO(candidate): adding, editing and dragging cards between columns.
    let column = |title: &str, cards: &Vec<Card>| {
        html! {
            <section class="flex-1 rounded-xl bg-white p-4 shadow">
                <h2 class="mb-3 font-semibold text-slate-700">{ title }</h2>
                { for cards.iter().map(|c| html! { <article class="mb-2 rounded border p-2">{ &c.title }</article> }) }
            </section>
        }
    };

    html! {
        <main class="mx-auto flex max-w-5xl gap-4 p-8">
            { column("Todo", &board.todo) }
            { column("Doing", &board.doing) }
            { column("Done", &board.done) }
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
