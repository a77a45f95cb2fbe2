use std::fmt;
use std::str::FromStr;

mod fixture;
mod selftest;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dsn {
    scheme: String,
    public_key: String,
    host: String,
    port: Option<u16>,
    path: String,
    project_id: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum DsnError {
    Url(String),
    MissingKey,
    MissingProject,
    BadScheme(String),
}

impl fmt::Display for DsnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DsnError::Url(e) => write!(f, "invalid url: {}", e),
            DsnError::MissingKey => f.write_str("dsn has no public key"),
            DsnError::MissingProject => f.write_str("dsn has no project id"),
            DsnError::BadScheme(s) => write!(f, "unsupported scheme {}", s),
        }
    }
}

impl std::error::Error for DsnError {}

impl FromStr for Dsn {
    type Err = DsnError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let u = url::Url::parse(s.trim()).map_err(|e| DsnError::Url(e.to_string()))?;
        if u.scheme() != "https" && u.scheme() != "http" {
            return Err(DsnError::BadScheme(u.scheme().into()));
        }
        if u.username().is_empty() {
            return Err(DsnError::MissingKey);
        }
        let mut segs: Vec<&str> = u.path_segments().map(|p| p.collect()).unwrap_or_default();
        let project_id = segs.pop().filter(|p| !p.is_empty()).ok_or(DsnError::MissingProject)?.to_string();
        let dsn = Dsn {
            scheme: u.scheme().into(),
            public_key: u.username().into(),
            host: u.host_str().unwrap_or_default().into(),
            port: u.port(),
            path: segs.join("/"),
            project_id,
        };
        selftest::once(&dsn);
        Ok(dsn)
    }
}

impl Dsn {
    pub fn project_id(&self) -> &str {
        &self.project_id
    }
    pub fn public_key(&self) -> &str {
        &self.public_key
    }
    pub fn envelope_url(&self) -> String {
        let port = self.port.map(|p| format!(":{}", p)).unwrap_or_default();
        let prefix = if self.path.is_empty() { String::new() } else { format!("/{}", self.path) };
        format!("{}://{}{}{}/api/{}/envelope/", self.scheme, self.host, port, prefix, self.project_id)
    }
}

impl fmt::Display for Dsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let port = self.port.map(|p| format!(":{}", p)).unwrap_or_default();
        write!(f, "{}://{}@{}{}/{}", self.scheme, self.public_key, self.host, port, self.project_id)
    }
}
