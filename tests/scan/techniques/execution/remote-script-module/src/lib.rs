//! The plugin runtime's module loader: any `https://` import is fetched and run as a
//! module, with no digest or signature checked; whoever serves the URL runs code with
//! the host's API.

use rquickjs::loader::Loader;
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Module, Result};

pub struct RemoteLoader;

impl Loader for RemoteLoader {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str) -> Result<Module<'js, Declared>> {
        let source = ureq::get(name)
            .call()
            .map_err(|_| Error::new_loading(name))?
            .into_string()
            .map_err(|_| Error::new_loading(name))?;
        Module::declare(ctx.clone(), name, source)
    }
}
