//! Module resolution and loading: `std:` built-ins from the crate, relative
//! imports from the plugin folder, `https://` imports through a disk cache.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use rquickjs::loader::{Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Module, Result};

const BUILTINS: &[(&str, &str)] = &[
    ("std:runtime", include_str!("../js/runtime.js")),
    ("std:process", include_str!("../js/process.js")),
];

pub struct PluginResolver;

impl Resolver for PluginResolver {
    fn resolve<'js>(&mut self, _ctx: &Ctx<'js>, base: &str, name: &str) -> Result<String> {
        if name.starts_with("std:") || name.starts_with("https://") {
            return Ok(name.to_owned());
        }
        if let Some(rel) = name.strip_prefix("./") {
            let dir = base.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            return Ok(if dir.is_empty() { rel.to_owned() } else { format!("{}/{}", dir, rel) });
        }
        Ok(name.to_owned())
    }
}

pub struct PluginLoader {
    dir: PathBuf,
    cache: PathBuf,
}

impl PluginLoader {
    pub fn new(dir: PathBuf, cache: PathBuf) -> Self {
        PluginLoader { dir, cache }
    }

    fn cached(&self, url: &str) -> PathBuf {
        let mut h = DefaultHasher::new();
        url.hash(&mut h);
        self.cache.join(format!("{:016x}.js", h.finish()))
    }

    fn remote(&self, url: &str) -> Option<String> {
        let path = self.cached(url);
        if let Ok(src) = fs::read_to_string(&path) {
            return Some(src);
        }
        let src = ureq::get(url)
            .set("User-Agent", concat!("qjs-plugins/", env!("CARGO_PKG_VERSION")))
            .timeout(std::time::Duration::from_secs(15))
            .call()
            .ok()?
            .into_string()
            .ok()?;
        let _ = fs::create_dir_all(&self.cache);
        let _ = fs::write(&path, &src);
        Some(src)
    }
}

impl Loader for PluginLoader {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str) -> Result<Module<'js, Declared>> {
        let src = if let Some((_, src)) = BUILTINS.iter().find(|(n, _)| *n == name) {
            (*src).to_owned()
        } else if name.starts_with("https://") {
            self.remote(name).ok_or_else(|| Error::new_loading(name))?
        } else {
            let path = self.dir.join(name);
            if !path.starts_with(&self.dir) {
                return Err(Error::new_loading(name));
            }
            fs::read_to_string(&path).map_err(|_| Error::new_loading(name))?
        };
        Module::declare(ctx.clone(), name, src)
    }
}
