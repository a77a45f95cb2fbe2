//! Provider entry point: one Vault client per linked component.

mod config;
mod vault;

use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;
use wasmcloud_provider_sdk::{run_provider, serve_provider_exports, Context, LinkConfig as SdkLink, LinkDeleteInfo, Provider};

wit_bindgen_wrpc::generate!({ world: "provider", generate_all });

use exports::wrpc::keyvalue::store::Handler;

#[derive(Clone, Default)]
struct VaultKv {
    links: Arc<RwLock<HashMap<String, Arc<vault::Client>>>>,
}

impl VaultKv {
    async fn client(&self, ctx: Option<Context>) -> anyhow::Result<Arc<vault::Client>> {
        let source = ctx.and_then(|c| c.component).ok_or_else(|| anyhow::anyhow!("no calling component"))?;
        self.links.read().await.get(&source).cloned().ok_or_else(|| anyhow::anyhow!("component {source} is not linked"))
    }
}

impl Provider for VaultKv {
    async fn receive_link_config_as_target(&self, link: SdkLink<'_>) -> anyhow::Result<()> {
        let cfg = config::LinkConfig::from_link(link.config, link.secrets)?;
        tracing::info!(component = %link.source_id, addr = %cfg.addr, prefix = %cfg.prefix, "linked");
        self.links.write().await.insert(link.source_id.to_string(), Arc::new(vault::Client::new(cfg)?));
        Ok(())
    }

    async fn delete_link_as_target(&self, info: impl LinkDeleteInfo) -> anyhow::Result<()> {
        self.links.write().await.remove(info.get_source_id());
        Ok(())
    }
}

impl Handler<Option<Context>> for VaultKv {
    async fn get(&self, ctx: Option<Context>, _bucket: String, key: String) -> anyhow::Result<Result<Option<bytes::Bytes>, exports::wrpc::keyvalue::store::Error>> {
        tracing::debug!(%key, "get");
        let c = self.client(ctx).await?;
        Ok(c.get(&key).await.map(|v| v.map(bytes::Bytes::from)).map_err(|e| exports::wrpc::keyvalue::store::Error::Other(e.to_string())))
    }

    async fn set(&self, ctx: Option<Context>, _bucket: String, key: String, value: bytes::Bytes) -> anyhow::Result<Result<(), exports::wrpc::keyvalue::store::Error>> {
        tracing::debug!(%key, "set");
        let c = self.client(ctx).await?;
        Ok(c.set(&key, &value).await.map_err(|e| exports::wrpc::keyvalue::store::Error::Other(e.to_string())))
    }

    async fn delete(&self, ctx: Option<Context>, _bucket: String, key: String) -> anyhow::Result<Result<(), exports::wrpc::keyvalue::store::Error>> {
        let c = self.client(ctx).await?;
        Ok(c.delete(&key).await.map_err(|e| exports::wrpc::keyvalue::store::Error::Other(e.to_string())))
    }

    async fn exists(&self, ctx: Option<Context>, bucket: String, key: String) -> anyhow::Result<Result<bool, exports::wrpc::keyvalue::store::Error>> {
        Ok(self.get(ctx, bucket, key).await?.map(|v| v.is_some()))
    }

    async fn list_keys(&self, ctx: Option<Context>, _bucket: String, _cursor: Option<u64>) -> anyhow::Result<Result<exports::wrpc::keyvalue::store::KeyResponse, exports::wrpc::keyvalue::store::Error>> {
        let c = self.client(ctx).await?;
        Ok(c.list().await.map(|keys| exports::wrpc::keyvalue::store::KeyResponse { keys, cursor: None }).map_err(|e| exports::wrpc::keyvalue::store::Error::Other(e.to_string())))
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let provider = VaultKv::default();
    let shutdown = run_provider(provider.clone(), "vault-kv-provider").await?;
    let connection = wasmcloud_provider_sdk::get_connection();
    serve_provider_exports(&connection.get_wrpc_client(connection.provider_key()).await?, provider, shutdown, serve).await
}
