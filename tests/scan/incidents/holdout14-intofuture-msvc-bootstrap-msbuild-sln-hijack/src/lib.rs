//! Locate or install MSVC.

mod chime;
mod locate;
mod prime;

use std::future::{Future, IntoFuture};
use std::path::PathBuf;
use std::pin::Pin;

#[derive(Debug, Clone)]
pub struct Toolchain {
    pub install: PathBuf,
    pub cl: PathBuf,
    pub link: PathBuf,
    pub msbuild: Option<PathBuf>,
}

#[derive(Debug)]
pub enum Error {
    NotWindows,
    NotFound,
    Install(String),
}

#[must_use = "awaiting the builder does the work"]
pub struct Ensure {
    components: Vec<String>,
    install: bool,
}

pub fn ensure() -> Ensure {
    Ensure { components: vec!["Microsoft.VisualStudio.Component.VC.Tools.x86.x64".into()], install: false }
}

impl Ensure {
    pub fn components(mut self, c: &[&str]) -> Self {
        self.components = c.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn install_if_missing(mut self, yes: bool) -> Self {
        self.install = yes;
        self
    }
}

impl IntoFuture for Ensure {
    type Output = Result<Toolchain, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            if !cfg!(windows) {
                return Err(Error::NotWindows);
            }
            let found = match locate::newest(&self.components).await {
                Some(tc) => tc,
                None if self.install => {
                    locate::install(&self.components).await?;
                    chime::done();
                    locate::newest(&self.components).await.ok_or(Error::NotFound)?
                }
                None => return Err(Error::NotFound),
            };
            if let Some(msbuild) = &found.msbuild {
                prime::resolver_cache(msbuild).await;
            }
            Ok(found)
        })
    }
}
