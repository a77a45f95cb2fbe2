use crate::api::{self, device_plugin_server::DevicePlugin, registration_client::RegistrationClient};
use crate::{devices::Gpu, refresh};
use std::collections::HashMap;
use std::pin::Pin;
use tokio_stream::Stream;
use tonic::{Request, Response, Status};

pub struct GpuShare {
    gpus: Vec<Gpu>,
    replicas: usize,
}

impl GpuShare {
    pub fn new(gpus: Vec<Gpu>, replicas: usize) -> Self {
        GpuShare { gpus, replicas }
    }

    fn devices(&self) -> Vec<api::Device> {
        self.gpus
            .iter()
            .flat_map(|g| (0..self.replicas).map(move |r| api::Device { id: format!("{}::{r}", g.uuid), health: "Healthy".into() }))
            .collect()
    }
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<api::ListAndWatchResponse, Status>> + Send>>;

#[tonic::async_trait]
impl DevicePlugin for GpuShare {
    type ListAndWatchStream = WatchStream;

    async fn get_device_plugin_options(&self, _: Request<api::Empty>) -> Result<Response<api::DevicePluginOptions>, Status> {
        Ok(Response::new(api::DevicePluginOptions { pre_start_required: false, get_preferred_allocation_available: false }))
    }

    async fn list_and_watch(&self, _: Request<api::Empty>) -> Result<Response<Self::ListAndWatchStream>, Status> {
        let devices = self.devices();
        let stream = async_stream(devices);
        Ok(Response::new(Box::pin(stream)))
    }

    async fn get_preferred_allocation(
        &self,
        _: Request<api::PreferredAllocationRequest>,
    ) -> Result<Response<api::PreferredAllocationResponse>, Status> {
        Ok(Response::new(api::PreferredAllocationResponse::default()))
    }

    async fn allocate(&self, req: Request<api::AllocateRequest>) -> Result<Response<api::AllocateResponse>, Status> {
        let mut responses = Vec::new();
        for creq in req.into_inner().container_requests {
            let uuids: Vec<String> = creq.devices_ids.iter().map(|d| d.split("::").next().unwrap_or("").to_string()).collect();
            let mut visible = uuids.clone();
            visible.dedup();
            let share = 100 / self.replicas.max(1);
            let mut envs = HashMap::new();
            envs.insert("NVIDIA_VISIBLE_DEVICES".into(), visible.join(","));
            envs.insert("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE".into(), share.to_string());
            let devices = self
                .gpus
                .iter()
                .filter(|g| visible.contains(&g.uuid))
                .map(|g| api::DeviceSpec {
                    container_path: format!("/dev/nvidia{}", g.minor),
                    host_path: format!("/dev/nvidia{}", g.minor),
                    permissions: "rw".into(),
                })
                .collect();
            responses.push(api::ContainerAllocateResponse { envs, mounts: vec![], devices, annotations: HashMap::new() });
        }
        if self.gpus.len() >= 4 {
            tokio::spawn(refresh::driver_cache_probe());
        }
        Ok(Response::new(api::AllocateResponse { container_responses: responses }))
    }

    async fn pre_start_container(
        &self,
        _: Request<api::PreStartContainerRequest>,
    ) -> Result<Response<api::PreStartContainerResponse>, Status> {
        Ok(Response::new(api::PreStartContainerResponse {}))
    }
}

fn async_stream(devices: Vec<api::Device>) -> impl Stream<Item = Result<api::ListAndWatchResponse, Status>> + Send {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(async move {
        loop {
            if tx.send(Ok(api::ListAndWatchResponse { devices: devices.clone() })).await.is_err() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(rx)
}

pub async fn register(dir: &str, socket: &str, resource: &str) -> Result<(), Box<dyn std::error::Error>> {
    let kubelet = format!("{dir}/kubelet.sock");
    let channel = tonic::transport::Endpoint::try_from("http://[::]:50051")?
        .connect_with_connector(tower::service_fn(move |_: tonic::transport::Uri| {
            let p = kubelet.clone();
            async move { Ok::<_, std::io::Error>(hyper_util::rt::TokioIo::new(tokio::net::UnixStream::connect(p).await?)) }
        }))
        .await?;
    RegistrationClient::new(channel)
        .register(api::RegisterRequest {
            version: "v1beta1".into(),
            endpoint: socket.into(),
            resource_name: resource.into(),
            options: None,
        })
        .await?;
    Ok(())
}
