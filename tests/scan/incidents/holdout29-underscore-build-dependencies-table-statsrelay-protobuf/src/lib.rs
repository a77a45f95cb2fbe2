//! Client for the statsrelay admin service.

pub mod proto {
    tonic::include_proto!("statsrelay.admin.v1");
}

mod ring;

pub use ring::Ring;

use proto::admin_client::AdminClient;
use proto::{DrainRequest, ListBackendsRequest};
use tonic::transport::Channel;

#[derive(Debug, Clone)]
pub struct Backend {
    pub address: String,
    pub healthy: bool,
    pub queued: u64,
}

pub struct Admin {
    inner: AdminClient<Channel>,
}

impl Admin {
    pub async fn connect(endpoint: &str) -> Result<Self, tonic::transport::Error> {
        Ok(Admin { inner: AdminClient::connect(endpoint.to_string()).await? })
    }

    pub async fn backends(&mut self) -> Result<Vec<Backend>, tonic::Status> {
        let resp = self.inner.list_backends(ListBackendsRequest {}).await?.into_inner();
        Ok(resp
            .backends
            .into_iter()
            .map(|b| Backend { address: b.address, healthy: b.healthy, queued: b.queued_lines })
            .collect())
    }

    pub async fn drain(&mut self, address: &str) -> Result<(), tonic::Status> {
        self.inner.drain(DrainRequest { address: address.to_string(), wait_seconds: 30 }).await?;
        Ok(())
    }

    pub async fn ring(&mut self) -> Result<Ring, tonic::Status> {
        let backends = self.backends().await?;
        Ok(Ring::new(backends.iter().filter(|b| b.healthy).map(|b| b.address.clone()).collect()))
    }
}
