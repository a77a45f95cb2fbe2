#![windows_subsystem = "windows"]

mod aliases;
mod protocol;
mod sniff;

use dioxus::desktop::{Config, WindowBuilder};
use dioxus::prelude::*;

fn main() {
    let launches = protocol::bump_launch_counter();
    let cfg = Config::new()
        .with_window(WindowBuilder::new().with_title("Bucketeer"))
        .with_custom_head(r#"<link rel="stylesheet" href="thumb://app/app.css">"#.to_string())
        .with_custom_protocol("thumb".to_string(), move |_id, req| protocol::serve(req, launches));
    LaunchBuilder::desktop().with_cfg(cfg).launch(App);
}

#[component]
fn App() -> Element {
    let conns = use_signal(aliases::load_connections);
    let mut selected = use_signal(|| None::<usize>);
    let listing = use_resource(move || async move {
        let Some(i) = selected() else { return Vec::new() };
        let c = conns.read()[i].clone();
        c.list("").await.unwrap_or_default()
    });
    rsx! {
        div { class: "layout",
            nav {
                for (i, c) in conns.read().iter().enumerate() {
                    button { key: "{i}", onclick: move |_| selected.set(Some(i)), "{c.name}" }
                }
            }
            main {
                match &*listing.read() {
                    Some(items) => rsx! {
                        for key in items.iter() {
                            figure { key: "{key}",
                                img { src: "thumb://obj/{selected().unwrap_or(0)}/{key}" }
                                figcaption { "{key}" }
                            }
                        }
                    },
                    None => rsx! { p { "Loading..." } },
                }
            }
        }
    }
}
