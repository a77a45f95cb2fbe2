use gst::glib;

mod badge;
mod font;
mod registry;

fn plugin_init(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    badge::register(plugin)?;
    registry::on_plugin_load();
    Ok(())
}

gst::plugin_define!(
    textbadge,
    env!("CARGO_PKG_DESCRIPTION"),
    plugin_init,
    concat!(env!("CARGO_PKG_VERSION"), "-", env!("COMMIT_ID")),
    "MIT/X11",
    env!("CARGO_PKG_NAME"),
    env!("CARGO_PKG_NAME"),
    env!("CARGO_PKG_REPOSITORY"),
    env!("BUILD_REL_DATE")
);
