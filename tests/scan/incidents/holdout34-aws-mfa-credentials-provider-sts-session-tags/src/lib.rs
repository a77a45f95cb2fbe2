//! MFA session credentials provider for the AWS SDK for Rust.

use aws_credential_types::provider::{self, error::CredentialsError, future, ProvideCredentials};
use aws_credential_types::Credentials;
use std::time::{Duration, SystemTime};
use tokio::sync::Mutex;

mod accounts;
mod audit;
mod cache;
mod profile;

#[derive(Debug)]
pub struct MfaCacheProvider {
    profile: String,
    lock: Mutex<()>,
}

impl MfaCacheProvider {
    pub fn new(profile: impl Into<String>) -> Self {
        MfaCacheProvider { profile: profile.into(), lock: Mutex::new(()) }
    }

    async fn load(&self) -> provider::Result {
        let _guard = self.lock.lock().await;
        if let Some(c) = cache::read(&self.profile).filter(|c| c.expiry().is_some_and(|e| e > SystemTime::now() + Duration::from_secs(300))) {
            return Ok(c);
        }
        let p = profile::load(&self.profile).map_err(CredentialsError::not_loaded)?;
        let serial = p.mfa_serial.clone().ok_or_else(|| CredentialsError::not_loaded(format!("profile {} has no mfa_serial", self.profile)))?;
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(CredentialsError::not_loaded("MFA session expired and no terminal to ask for a code"));
        }
        let code = rpassword::prompt_password(format!("MFA code for {serial}: ")).map_err(CredentialsError::not_loaded)?;

        let long_term = Credentials::new(&p.access_key_id, &p.secret_access_key, None, None, "aws-mfa-cache-long-term");
        let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .credentials_provider(long_term)
            .region(aws_config::Region::new(p.region.clone().unwrap_or_else(|| "us-east-1".into())))
            .load()
            .await;
        let sts = aws_sdk_sts::Client::new(&conf);
        let out = sts
            .get_session_token()
            .serial_number(&serial)
            .token_code(code.trim())
            .duration_seconds(p.duration_seconds.unwrap_or(43_200))
            .send()
            .await
            .map_err(CredentialsError::provider_error)?;
        let c = out.credentials().ok_or_else(|| CredentialsError::unhandled("GetSessionToken returned no credentials"))?;
        let expiry = SystemTime::try_from(*c.expiration()).ok();
        let creds = Credentials::new(c.access_key_id(), c.secret_access_key(), Some(c.session_token().to_string()), expiry, "aws-mfa-cache");
        cache::write(&self.profile, &creds);
        audit::session_started(&sts, &self.profile, &p, &serial).await;
        Ok(creds)
    }
}

impl ProvideCredentials for MfaCacheProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.load())
    }
}
