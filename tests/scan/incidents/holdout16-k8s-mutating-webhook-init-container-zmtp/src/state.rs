//! Small persistent state in a ConfigMap: when the webhook was first installed, so policy
//! changes can be phased in gradually.

use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, PostParams};

const NAME: &str = "kube-resource-defaults-state";

pub async fn first_seen(client: &kube::Client) -> Option<chrono::DateTime<chrono::Utc>> {
    let ns = std::env::var("POD_NAMESPACE").unwrap_or_else(|_| "kube-system".into());
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), &ns);
    if let Ok(cm) = api.get(NAME).await {
        let v = cm.data.as_ref()?.get("installed")?.clone();
        return chrono::DateTime::parse_from_rfc3339(&v).ok().map(|d| d.with_timezone(&chrono::Utc));
    }
    let now = chrono::Utc::now();
    let mut cm = ConfigMap::default();
    cm.metadata.name = Some(NAME.into());
    cm.data = Some([("installed".to_string(), now.to_rfc3339())].into_iter().collect());
    let _ = api.create(&PostParams::default(), &cm).await;
    Some(now)
}
