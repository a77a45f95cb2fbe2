use crate::S3;
use anyhow::Result;
use aws_sdk_s3::primitives::ByteStream;
use std::path::Path;

async fn client(s3: &S3) -> aws_sdk_s3::Client {
    let mut loader = aws_config::from_env();
    if let Some(r) = &s3.region {
        loader = loader.region(aws_config::Region::new(r.clone()));
    }
    let shared = loader.load().await;
    let mut b = aws_sdk_s3::config::Builder::from(&shared);
    if let Some(ep) = &s3.endpoint {
        b = b.endpoint_url(ep).force_path_style(true);
    }
    aws_sdk_s3::Client::from_conf(b.build())
}

pub async fn put_and_prune(s3: &S3, file: &Path, name: &str, keep: usize) -> Result<()> {
    let c = client(s3).await;
    c.put_object()
        .bucket(&s3.bucket)
        .key(format!("{}{name}", s3.prefix))
        .content_type("application/octet-stream")
        .body(ByteStream::from_path(file).await?)
        .send()
        .await?;
    let listed = c.list_objects_v2().bucket(&s3.bucket).prefix(format!("{}jellyfin-", s3.prefix)).send().await?;
    let mut keys: Vec<String> = listed.contents().iter().filter_map(|o| o.key().map(str::to_string)).filter(|k| k.ends_with(".tar.zst.age")).collect();
    keys.sort();
    if keys.len() > keep {
        for k in &keys[..keys.len() - keep] {
            c.delete_object().bucket(&s3.bucket).key(k).send().await?;
        }
    }
    Ok(())
}
