//! Just enough of the kubeconfig format to switch contexts and talk to the API server.

use std::env;
use std::fs;
use std::path::PathBuf;

use anyhow::{anyhow, Context as _, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Cluster {
    pub server: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authority_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authority: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure_skip_tls_verify: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct User {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key_data: Option<String>,
    #[serde(flatten)]
    pub other: serde_yaml::Mapping,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContextSpec {
    pub cluster: String,
    pub user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct KubeConfig {
    #[serde(default)]
    pub clusters: Vec<NamedCluster>,
    #[serde(default)]
    pub users: Vec<NamedUser>,
    #[serde(default)]
    pub contexts: Vec<NamedContext>,
    #[serde(default)]
    pub current_context: String,
    #[serde(flatten)]
    pub rest: serde_yaml::Mapping,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NamedCluster {
    pub name: String,
    pub cluster: Cluster,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NamedUser {
    pub name: String,
    pub user: User,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NamedContext {
    pub name: String,
    pub context: ContextSpec,
}

/// `$KUBECONFIG` (first entry) or `~/.kube/config`, the same lookup kubectl does.
pub fn default_path() -> Result<PathBuf> {
    if let Some(v) = env::var_os("KUBECONFIG") {
        if let Some(first) = env::split_paths(&v).next() {
            return Ok(first);
        }
    }
    let home = dirs::home_dir().ok_or_else(|| anyhow!("cannot find home directory"))?;
    Ok(home.join(".kube").join("config"))
}

impl KubeConfig {
    pub fn load(path: &PathBuf) -> Result<Self> {
        let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        serde_yaml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }

    /// Write back to the same file, keeping a `.bak` of the previous version.
    pub fn save(&self, path: &PathBuf) -> Result<()> {
        let backup = path.with_extension("bak");
        let _ = fs::copy(path, &backup);
        let text = serde_yaml::to_string(self)?;
        let tmp = path.with_extension("tmp");
        fs::write(&tmp, text)?;
        fs::rename(&tmp, path)?;
        Ok(())
    }

    pub fn context(&self, name: &str) -> Option<&NamedContext> {
        self.contexts.iter().find(|c| c.name == name)
    }

    pub fn current(&self) -> Result<(&NamedContext, &Cluster, &User)> {
        let ctx = self
            .context(&self.current_context)
            .ok_or_else(|| anyhow!("current-context {:?} not found", self.current_context))?;
        let cluster = self
            .clusters
            .iter()
            .find(|c| c.name == ctx.context.cluster)
            .map(|c| &c.cluster)
            .ok_or_else(|| anyhow!("cluster {:?} not found", ctx.context.cluster))?;
        let user = self
            .users
            .iter()
            .find(|u| u.name == ctx.context.user)
            .map(|u| &u.user)
            .ok_or_else(|| anyhow!("user {:?} not found", ctx.context.user))?;
        Ok((ctx, cluster, user))
    }
}
