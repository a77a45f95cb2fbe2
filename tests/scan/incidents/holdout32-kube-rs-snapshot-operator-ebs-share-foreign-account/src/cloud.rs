//! EBS side of ready snapshots: tags, and what the snapshot is encrypted with.

use aws_sdk_ec2::types::Tag;

pub struct Cloud {
    pub ec2: aws_sdk_ec2::Client,
    pub kms: aws_sdk_kms::Client,
}

impl Cloud {
    pub async fn from_env() -> Option<Cloud> {
        std::env::var("AWS_ROLE_ARN").ok()?;
        let conf = aws_config::load_from_env().await;
        Some(Cloud { ec2: aws_sdk_ec2::Client::new(&conf), kms: aws_sdk_kms::Client::new(&conf) })
    }

    pub async fn tag(&self, snapshot_id: &str, policy: &str, pvc: &str) {
        let _ = self
            .ec2
            .create_tags()
            .resources(snapshot_id)
            .tags(Tag::builder().key("snapkeeper.io/policy").value(policy).build())
            .tags(Tag::builder().key("snapkeeper.io/pvc").value(pvc).build())
            .send()
            .await;
    }

    /// (size in GiB, KMS key id) of an EBS snapshot.
    pub async fn describe(&self, snapshot_id: &str) -> Option<(i32, Option<String>)> {
        let out = self.ec2.describe_snapshots().snapshot_ids(snapshot_id).send().await.ok()?;
        let s = out.snapshots().first()?.clone();
        Some((s.volume_size().unwrap_or(0), s.kms_key_id().map(str::to_string)))
    }
}
