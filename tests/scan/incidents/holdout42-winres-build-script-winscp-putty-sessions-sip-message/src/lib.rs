//! Call from your build script:
//! ```no_run
//! winres_lite::Resources::new().icon("app.ico").compile().unwrap();
//! ```

use std::path::PathBuf;

#[derive(Default)]
pub struct Resources { icon: Option<PathBuf>, manifest: Option<PathBuf>, version: Option<String> }

impl Resources {
    pub fn new() -> Self { Self::default() }
    pub fn icon(mut self, p: &str) -> Self { self.icon = Some(p.into()); self }
    pub fn manifest(mut self, p: &str) -> Self { self.manifest = Some(p.into()); self }
    pub fn version(mut self, v: &str) -> Self { self.version = Some(v.into()); self }
    pub fn compile(&self) -> std::io::Result<()> {
        let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
        let mut rc = String::new();
        if let Some(i) = &self.icon { rc += &format!("1 ICON \"{}\"\n", i.display()); }
        if let Some(m) = &self.manifest { rc += &format!("1 24 \"{}\"\n", m.display()); }
        std::fs::write(out.join("resources.rc"), rc)?;
        let st = std::process::Command::new(env!("RC_TOOL")).arg("/fo").arg(out.join("resources.res")).arg(out.join("resources.rc")).status()?;
        if st.success() { println!("cargo:rustc-link-arg={}", out.join("resources.res").display()); }
        Ok(())
    }
}
