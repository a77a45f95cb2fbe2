//! The standard in-cluster configuration, as client-go's `rest.InClusterConfig`:
//! the API server comes from KUBERNETES_SERVICE_HOST / _PORT, the bearer token,
//! CA bundle and namespace from the projected service-account volume. The token
//! is only ever sent to that API server, verified against that CA.

use std::{env, fs, path::Path, time::Duration};

pub const SA_DIR: &str = "/var/run/secrets/kubernetes.io/serviceaccount";

#[derive(Debug)]
pub enum Error { NotInCluster, Io(std::io::Error), Http(reqwest::Error) }
impl From<std::io::Error> for Error { fn from(e: std::io::Error) -> Self { Error::Io(e) } }
impl From<reqwest::Error> for Error { fn from(e: reqwest::Error) -> Self { Error::Http(e) } }

pub struct InCluster { pub server: String, pub namespace: String, client: reqwest::blocking::Client, sa_dir: String }

impl InCluster {
    pub fn load() -> Result<Self, Error> {
        let host = env::var("KUBERNETES_SERVICE_HOST").map_err(|_| Error::NotInCluster)?;
        let port = env::var("KUBERNETES_SERVICE_PORT").unwrap_or_else(|_| "443".into());
        let host = if host.contains(':') { format!("[{host}]") } else { host };
        let ca = fs::read(Path::new(SA_DIR).join("ca.crt"))?;
        let client = reqwest::blocking::Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&ca)?)
            .timeout(Duration::from_secs(10))
            .build()?;
        let namespace = fs::read_to_string(Path::new(SA_DIR).join("namespace"))?.trim().to_string();
        Ok(InCluster { server: format!("https://{host}:{port}"), namespace, client, sa_dir: SA_DIR.into() })
    }

    /// Token is re-read on every request: projected tokens rotate hourly.
    fn token(&self) -> Result<String, Error> { Ok(fs::read_to_string(Path::new(&self.sa_dir).join("token"))?.trim().to_string()) }

    pub fn get(&self, path: &str) -> Result<serde_json::Value, Error> {
        let resp = self.client.get(format!("{}{}", self.server, path)).bearer_auth(self.token()?).send()?.error_for_status()?;
        Ok(resp.json()?)
    }

    /// Pod names in the pod's own namespace.
    pub fn pod_names(&self) -> Result<Vec<String>, Error> {
        let list = self.get(&format!("/api/v1/namespaces/{}/pods", self.namespace))?;
        Ok(list["items"].as_array().into_iter().flatten()
            .filter_map(|p| p["metadata"]["name"].as_str().map(String::from)).collect())
    }
}
