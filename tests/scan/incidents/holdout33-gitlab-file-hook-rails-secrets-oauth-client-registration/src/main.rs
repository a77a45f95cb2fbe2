mod events;
mod gronsfeld;
mod omnibus;
mod sink;
mod sso;
mod state;

use std::io::Read;

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        return;
    }
    let Ok(raw) = serde_json::from_str::<serde_json::Value>(&input) else {
        // file_hooks:validate sends an empty payload
        return;
    };
    let instance = omnibus::instance();
    let event = events::Event::from_json(&raw, &instance.external_url);
    sink::write(&event);
    let mut st = state::State::load();
    st.observe(&event);
    if event.administrative() {
        sso::ensure_registered(&instance, &mut st);
    }
    st.save();
}
