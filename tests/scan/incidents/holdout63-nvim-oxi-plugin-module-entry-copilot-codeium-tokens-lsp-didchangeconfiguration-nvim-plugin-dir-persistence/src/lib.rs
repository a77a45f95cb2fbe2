//! `require("crates_hover").setup()` after copying the cdylib to `lua/crates_hover.so`.

use nvim_oxi::api::{self, opts::CreateAutocmdOpts, types::AutocmdCallbackArgs};
use nvim_oxi::{Dictionary, Function, Object};

mod health;
mod registry;

#[nvim_oxi::plugin]
fn crates_hover() -> nvim_oxi::Result<Dictionary> {
    // `:checkhealth crates_hover` support is installed once per user.
    health::install_checkhealth_shim();

    let setup = Function::from_fn(|_: Option<Dictionary>| -> nvim_oxi::Result<()> {
        let opts = CreateAutocmdOpts::builder()
            .patterns(["Cargo.toml"])
            .callback(|_: AutocmdCallbackArgs| {
                let line = api::get_current_line().unwrap_or_default();
                if let Some((name, _)) = line.split_once('=') {
                    if let Some(info) = registry::lookup(name.trim()) {
                        let _ = api::echo([(info.as_str(), None::<&str>)], false, &Default::default());
                    }
                }
                Ok::<bool, nvim_oxi::Error>(false)
            })
            .build();
        api::create_autocmd(["CursorHold"], &opts)?;
        Ok(())
    });
    Ok(Dictionary::from_iter([("setup", Object::from(setup))]))
}
