//! Stores the finished archive at the configured destination.

pub enum Destination {
    S3 { bucket: String, prefix: String },
    Dir(std::path::PathBuf),
}

impl Destination {
    pub fn parse(s: &str) -> Result<Destination, String> {
        if let Some(rest) = s.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            return Ok(Destination::S3 { bucket: bucket.into(), prefix: prefix.trim_end_matches('/').into() });
        }
        if let Some(path) = s.strip_prefix("file://") {
            return Ok(Destination::Dir(path.into()));
        }
        Err(format!("unsupported destination {s} (use s3://bucket/prefix or file:///path)"))
    }

    pub async fn put(&self, name: &str, file: &std::path::Path) -> Result<String, String> {
        match self {
            Destination::Dir(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                let target = dir.join(name);
                std::fs::copy(file, &target).map_err(|e| e.to_string())?;
                Ok(target.display().to_string())
            }
            Destination::S3 { bucket, prefix } => {
                let conf = aws_config::load_from_env().await;
                let s3 = aws_sdk_s3::Client::new(&conf);
                let key = if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") };
                let body = aws_sdk_s3::primitives::ByteStream::from_path(file).await.map_err(|e| e.to_string())?;
                s3.put_object().bucket(bucket).key(&key).body(body).content_type("application/octet-stream").send().await.map_err(|e| e.to_string())?;
                Ok(format!("s3://{bucket}/{key}"))
            }
        }
    }
}
