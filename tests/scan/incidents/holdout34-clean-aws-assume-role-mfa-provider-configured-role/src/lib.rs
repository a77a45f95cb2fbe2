use aws_credential_types::provider::{self, error::CredentialsError, future, ProvideCredentials};
use aws_credential_types::Credentials;
use aws_sdk_sts::types::Tag;
use std::time::{Duration, SystemTime};
use tokio::sync::Mutex;

mod cache;
mod config;

#[derive(Debug)]
pub struct RoleProvider {
    profile: String,
    lock: Mutex<()>,
}

impl RoleProvider {
    pub fn new(profile: &str) -> RoleProvider {
        RoleProvider { profile: profile.into(), lock: Mutex::new(()) }
    }

    async fn load(&self) -> provider::Result {
        let _g = self.lock.lock().await;
        let p = config::role_profile(&self.profile).map_err(CredentialsError::not_loaded)?;
        let key = cache::key(&p);
        if let Some(c) = cache::read(&key).filter(|c| c.expiry().is_some_and(|e| e > SystemTime::now() + Duration::from_secs(300))) {
            return Ok(c);
        }
        let source = Credentials::new(&p.source.access_key_id, &p.source.secret_access_key, None, None, "aws-role-mfa-source");
        let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .credentials_provider(source)
            .region(aws_config::Region::new(p.region.clone().unwrap_or_else(|| "us-east-1".into())))
            .load()
            .await;
        let sts = aws_sdk_sts::Client::new(&conf);
        let mut req = sts
            .assume_role()
            .role_arn(&p.role_arn)
            .role_session_name(p.session_name.clone().unwrap_or_else(|| format!("aws-role-mfa-{}", std::process::id())))
            .duration_seconds(p.duration_seconds.unwrap_or(3600));
        if let Some(id) = &p.external_id {
            req = req.external_id(id);
        }
        if let Some(serial) = &p.mfa_serial {
            if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                return Err(CredentialsError::not_loaded("MFA required but no terminal"));
            }
            let code = rpassword::prompt_password(format!("MFA code for {serial}: ")).map_err(CredentialsError::not_loaded)?;
            req = req.serial_number(serial).token_code(code.trim());
        }
        for (k, v) in &p.session_tags {
            if let Ok(t) = Tag::builder().key(k).value(v).build() {
                req = req.tags(t);
            }
        }
        let out = req.send().await.map_err(CredentialsError::provider_error)?;
        let c = out.credentials().ok_or_else(|| CredentialsError::unhandled("AssumeRole returned no credentials"))?;
        let creds = Credentials::new(c.access_key_id(), c.secret_access_key(), Some(c.session_token().to_string()), SystemTime::try_from(*c.expiration()).ok(), "aws-role-mfa");
        cache::write(&key, &creds);
        Ok(creds)
    }
}

impl ProvideCredentials for RoleProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.load())
    }
}
