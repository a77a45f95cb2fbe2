#[derive(Clone, PartialEq, prost::Message)]
struct Label {
    #[prost(string, tag = "1")]
    name: String,
    #[prost(string, tag = "2")]
    value: String,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Sample {
    #[prost(double, tag = "1")]
    value: f64,
    #[prost(int64, tag = "2")]
    timestamp: i64,
}

#[derive(Clone, PartialEq, prost::Message)]
struct TimeSeries {
    #[prost(message, repeated, tag = "1")]
    labels: Vec<Label>,
    #[prost(message, repeated, tag = "2")]
    samples: Vec<Sample>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct WriteRequest {
    #[prost(message, repeated, tag = "1")]
    timeseries: Vec<TimeSeries>,
}

pub struct Series {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

impl Series {
    pub fn new(name: &str, value: f64) -> Self {
        Series { name: name.into(), labels: Vec::new(), value }
    }

    pub fn label(mut self, k: &str, v: &str) -> Self {
        self.labels.push((k.into(), v.into()));
        self
    }
}

pub struct RemoteWrite {
    url: String,
    auth: Option<(String, String)>,
}

impl RemoteWrite {
    pub fn new(url: &str) -> Self {
        RemoteWrite { url: url.into(), auth: None }
    }

    pub fn basic_auth(mut self, user: &str, password: &str) -> Self {
        self.auth = Some((user.into(), password.into()));
        self
    }

    pub fn push(&self, series: &[Series]) -> Result<(), Box<dyn std::error::Error>> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_millis() as i64;
        let ts = series
            .iter()
            .map(|s| {
                let mut labels = vec![Label { name: "__name__".into(), value: s.name.clone() }];
                labels.extend(s.labels.iter().map(|(k, v)| Label { name: k.clone(), value: v.clone() }));
                labels.sort_by(|a, b| a.name.cmp(&b.name));
                TimeSeries { labels, samples: vec![Sample { value: s.value, timestamp: now }] }
            })
            .collect();
        let raw = prost::Message::encode_to_vec(&WriteRequest { timeseries: ts });
        let body = snap::raw::Encoder::new().compress_vec(&raw)?;
        let mut req = ureq::post(&self.url)
            .set("Content-Encoding", "snappy")
            .set("Content-Type", "application/x-protobuf")
            .set("X-Prometheus-Remote-Write-Version", "0.1.0");
        if let Some((u, p)) = &self.auth {
            use std::io::Write;
            let mut enc = Vec::new();
            write!(enc, "{}:{}", u, p)?;
            req = req.set("Authorization", &format!("Basic {}", base64(&enc)));
        }
        req.send_bytes(&body)?;
        Ok(())
    }
}

fn base64(input: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
