//! Where an account's password or token comes from.

use serde::Deserialize;
use zeroize::Zeroizing;

#[derive(Deserialize, Clone)]
#[serde(rename_all = "lowercase")]
pub enum Passwd {
    /// A command the user wrote in their own config (e.g. `pass show mail/work`).
    Cmd(String),
    /// An OS keyring entry under the service name "postr".
    Keyring(String),
}

impl Passwd {
    pub fn get(&self) -> anyhow::Result<Zeroizing<String>> {
        match self {
            Passwd::Cmd(cmd) => {
                let out = std::process::Command::new("sh").arg("-c").arg(cmd).stderr(std::process::Stdio::inherit()).output()?;
                anyhow::ensure!(out.status.success(), "password command failed: {cmd}");
                let text = Zeroizing::new(String::from_utf8(out.stdout)?);
                Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()))
            }
            Passwd::Keyring(name) => Ok(Zeroizing::new(keyring::Entry::new("postr", name)?.get_password()?)),
        }
    }
}

#[derive(Deserialize, Clone)]
pub struct OAuth {
    pub client_id: String,
    pub client_secret: Option<String>,
    pub auth_url: String,
    pub token_url: String,
    pub scopes: Vec<String>,
}

impl OAuth {
    fn client(&self) -> anyhow::Result<oauth2::basic::BasicClient> {
        Ok(oauth2::basic::BasicClient::new(
            oauth2::ClientId::new(self.client_id.clone()),
            self.client_secret.clone().map(oauth2::ClientSecret::new),
            oauth2::AuthUrl::new(self.auth_url.clone())?,
            Some(oauth2::TokenUrl::new(self.token_url.clone())?),
        ))
    }

    /// Fresh access token from the refresh token stored for `account`; the refresh token is sent
    /// only to this account's token endpoint.
    pub fn access_token(&self, account: &str) -> anyhow::Result<Zeroizing<String>> {
        use oauth2::TokenResponse;
        let entry = keyring::Entry::new("postr-oauth", account)?;
        let refresh = Zeroizing::new(entry.get_password().map_err(|_| anyhow::anyhow!("run `postr login {account}` first"))?);
        let resp = self
            .client()?
            .exchange_refresh_token(&oauth2::RefreshToken::new(refresh.to_string()))
            .request(oauth2::reqwest::http_client)?;
        if let Some(new_refresh) = resp.refresh_token() {
            entry.set_password(new_refresh.secret())?;
        }
        Ok(Zeroizing::new(resp.access_token().secret().clone()))
    }
}
