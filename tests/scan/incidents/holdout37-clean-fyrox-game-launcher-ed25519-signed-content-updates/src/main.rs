//! Launcher window (Fyrox UI): update prompt, progress, Play.

mod apply;
mod manifest;

use fyrox::core::pool::Handle;
use fyrox::engine::executor::Executor;
use fyrox::event_loop::EventLoop;
use fyrox::gui::button::{ButtonBuilder, ButtonMessage};
use fyrox::gui::message::UiMessage;
use fyrox::gui::stack_panel::StackPanelBuilder;
use fyrox::gui::text::{TextBuilder, TextMessage};
use fyrox::gui::widget::WidgetBuilder;
use fyrox::gui::{UiNode, UserInterface};
use fyrox::plugin::{Plugin, PluginContext, PluginRegistrationContext};
use std::path::PathBuf;

struct Launcher {
    root: PathBuf,
    pending: Option<(manifest::Manifest, Vec<manifest::FileEntry>)>,
    status: Handle<UiNode>,
    update: Handle<UiNode>,
    skip: Handle<UiNode>,
    play: Handle<UiNode>,
}

impl Launcher {
    fn new(ui: &mut UserInterface) -> Launcher {
        let root = std::env::current_exe().ok().and_then(|p| p.parent().map(PathBuf::from)).unwrap_or_default();
        let installed = std::fs::read_to_string(root.join("installed_version")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        let ctx = &mut ui.build_ctx();
        let status = TextBuilder::new(WidgetBuilder::new()).with_text("Checking for updates...").build(ctx);
        let update = ButtonBuilder::new(WidgetBuilder::new()).with_text("Update now").build(ctx);
        let skip = ButtonBuilder::new(WidgetBuilder::new()).with_text("Skip").build(ctx);
        let play = ButtonBuilder::new(WidgetBuilder::new()).with_text("Play").build(ctx);
        StackPanelBuilder::new(WidgetBuilder::new().with_child(status).with_child(update).with_child(skip).with_child(play)).build(ctx);

        let pending = if std::env::var_os("EMBERFALL_OFFLINE").is_some() {
            None
        } else {
            match manifest::fetch_verified(installed) {
                Ok(Some(m)) => {
                    let files = apply::changed(&root, &m);
                    Some((m, files))
                }
                Ok(None) => None,
                Err(e) => {
                    eprintln!("update check failed: {e}");
                    None
                }
            }
        };
        let text = match &pending {
            Some((m, f)) => format!("Version {} is available ({} files). Update now?", m.version, f.len()),
            None => "Up to date".to_string(),
        };
        ui.send_message(TextMessage::text(status, fyrox::gui::message::MessageDirection::ToWidget, text));
        Launcher { root, pending, status, update, skip, play }
    }
}

impl Plugin for Launcher {
    fn on_ui_message(&mut self, ctx: &mut PluginContext, message: &UiMessage) {
        if let Some(ButtonMessage::Click) = message.data() {
            let ui = ctx.user_interfaces.first_mut();
            if message.destination() == self.update {
                if let Some((m, files)) = self.pending.take() {
                    let result = apply::apply(&self.root, &m, &files, &mut |i, n| eprintln!("updating {}/{}", i + 1, n));
                    let text = match result {
                        Ok(()) => format!("Updated to {}", m.version),
                        Err(e) => format!("Update failed, nothing changed for the remaining files: {e}"),
                    };
                    ui.send_message(TextMessage::text(self.status, fyrox::gui::message::MessageDirection::ToWidget, text));
                }
            } else if message.destination() == self.skip {
                self.pending = None;
            } else if message.destination() == self.play {
                let _ = std::process::Command::new(self.root.join("emberfall")).spawn();
                if let Some(w) = ctx.graphics_context.as_initialized_mut().map(|g| &g.window) {
                    w.set_visible(false);
                }
            }
        }
    }

    fn register(&self, _ctx: PluginRegistrationContext) {}
}

fn main() {
    let mut executor = Executor::from_params(EventLoop::new().unwrap(), Default::default());
    let ui = executor.engine.user_interfaces.first_mut();
    let launcher = Launcher::new(ui);
    executor.add_plugin(launcher);
    executor.run()
}
