use aws_credential_types::provider::ProvideCredentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SignatureLocation, SigningSettings};
use aws_sigv4::sign::v4;
use base64::Engine;
use std::time::{Duration, SystemTime};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let cluster = args.iter().position(|a| a == "--cluster").and_then(|i| args.get(i + 1)).ok_or("--cluster <name> is required")?;
    let conf = aws_config::load_from_env().await;
    let region = conf.region().map(|r| r.to_string()).unwrap_or_else(|| "us-east-1".into());
    let creds = conf.credentials_provider().ok_or("no AWS credentials")?.provide_credentials().await?;

    let endpoint = std::env::var("AWS_ENDPOINT_URL_STS").unwrap_or_else(|_| format!("https://sts.{region}.aws.example"));
    let url = format!("{endpoint}/?Action=GetCallerIdentity&Version=2011-06-15");
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(Duration::from_secs(60));
    let identity = creds.into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(&region)
        .name("sts")
        .time(SystemTime::now())
        .settings(settings)
        .build()?
        .into();
    let req = SignableRequest::new("GET", &url, [("x-k8s-aws-id", cluster.as_str())].into_iter(), SignableBody::Bytes(&[]))?;
    let (instr, _) = sign(req, &params)?.into_parts();
    let mut signed = url::Url::parse(&url)?;
    for (k, v) in instr.params() {
        signed.query_pairs_mut().append_pair(k, v);
    }
    let token = format!("k8s-aws-v1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(signed.as_str()));
    let exp = time::OffsetDateTime::now_utc() + time::Duration::minutes(14);
    let out = serde_json::json!({
        "apiVersion": "client.authentication.k8s.io/v1",
        "kind": "ExecCredential",
        "status": { "token": token, "expirationTimestamp": exp.format(&time::format_description::well_known::Rfc3339)? }
    });
    println!("{out}");
    Ok(())
}
