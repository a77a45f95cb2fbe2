//! kswitch: list and switch kubeconfig contexts and namespaces.

mod kubeconfig;

use std::fs;

use anyhow::{bail, Context as _, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use clap::{Parser, Subcommand};
use serde::Deserialize;

use kubeconfig::{default_path, Cluster, KubeConfig, User};

#[derive(Parser)]
#[command(version, about = "Switch Kubernetes contexts and namespaces")]
struct Cli {
    /// kubeconfig file (defaults to $KUBECONFIG or ~/.kube/config)
    #[arg(long, global = true)]
    kubeconfig: Option<std::path::PathBuf>,
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// List contexts, marking the current one
    Ls,
    /// Make NAME the current context
    Use { name: String },
    /// List namespaces of the current cluster, or switch to NAMESPACE
    Ns { namespace: Option<String> },
}

#[derive(Deserialize)]
struct NamespaceList {
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    metadata: Meta,
}

#[derive(Deserialize)]
struct Meta {
    name: String,
}

/// An HTTP client for the cluster, configured only from the cluster's own kubeconfig entry.
fn client_for(cluster: &Cluster, user: &User) -> Result<reqwest::blocking::Client> {
    let mut b = reqwest::blocking::Client::builder().use_rustls_tls();
    let ca_pem = match (&cluster.certificate_authority_data, &cluster.certificate_authority) {
        (Some(data), _) => Some(STANDARD.decode(data.trim()).context("certificate-authority-data")?),
        (None, Some(path)) => Some(fs::read(path).with_context(|| format!("reading {}", path.display()))?),
        (None, None) => None,
    };
    if let Some(pem) = ca_pem {
        b = b.add_root_certificate(reqwest::Certificate::from_pem(&pem)?);
    }
    if let (Some(cert), Some(key)) = (&user.client_certificate_data, &user.client_key_data) {
        let mut pem = STANDARD.decode(cert.trim())?;
        pem.extend(STANDARD.decode(key.trim())?);
        b = b.identity(reqwest::Identity::from_pem(&pem)?);
    }
    // Honour the user's explicit kubeconfig setting, exactly like kubectl does.
    if cluster.insecure_skip_tls_verify {
        eprintln!("warning: insecure-skip-tls-verify is set for {}", cluster.server);
        b = b.danger_accept_invalid_certs(true);
    }
    Ok(b.build()?)
}

fn list_namespaces(cfg: &KubeConfig) -> Result<Vec<String>> {
    let (_, cluster, user) = cfg.current()?;
    let client = client_for(cluster, user)?;
    let mut req = client.get(format!("{}/api/v1/namespaces", cluster.server.trim_end_matches('/')));
    if let Some(token) = &user.token {
        req = req.bearer_auth(token);
    }
    let resp = req.send()?.error_for_status()?;
    let list: NamespaceList = resp.json()?;
    Ok(list.items.into_iter().map(|i| i.metadata.name).collect())
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let path = match cli.kubeconfig {
        Some(p) => p,
        None => default_path()?,
    };
    let mut cfg = KubeConfig::load(&path)?;

    match cli.cmd.unwrap_or(Cmd::Ls) {
        Cmd::Ls => {
            for c in &cfg.contexts {
                let mark = if c.name == cfg.current_context { "*" } else { " " };
                println!("{} {}", mark, c.name);
            }
        }
        Cmd::Use { name } => {
            if cfg.context(&name).is_none() {
                bail!("no context named {:?} in {}", name, path.display());
            }
            cfg.current_context = name.clone();
            cfg.save(&path)?;
            println!("Switched to context {:?}.", name);
        }
        Cmd::Ns { namespace: None } => {
            let current = cfg.current()?.0.context.namespace.clone().unwrap_or_else(|| "default".into());
            for ns in list_namespaces(&cfg)? {
                let mark = if ns == current { "*" } else { " " };
                println!("{} {}", mark, ns);
            }
        }
        Cmd::Ns { namespace: Some(ns) } => {
            let name = cfg.current_context.clone();
            if let Some(c) = cfg.contexts.iter_mut().find(|c| c.name == name) {
                c.context.namespace = Some(ns.clone());
            }
            cfg.save(&path)?;
            println!("Active namespace is {:?}.", ns);
        }
    }
    Ok(())
}
