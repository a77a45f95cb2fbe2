mod mapper;
mod provision;
mod uris;

use axum::{extract::{Form, State}, response::{IntoResponse, Redirect}, routing::{get, post}, Router};
use axum_extra::extract::cookie::{Cookie, Key, PrivateCookieJar};
use base64::Engine as _;
use samael::service_provider::ServiceProvider;
use std::sync::Arc;

#[derive(Clone)]
pub struct SamlSp {
    pub(crate) sp: Arc<ServiceProvider>,
    pub(crate) key_pem: Arc<String>,
    pub(crate) cookie_key: Key,
    pub(crate) acs_url: String,
}

#[derive(serde::Deserialize)]
pub struct AcsForm {
    #[serde(rename = "SAMLResponse")]
    saml_response: String,
    #[serde(rename = "RelayState")]
    relay_state: Option<String>,
}

impl SamlSp {
    pub fn from_env() -> Result<Self, Box<dyn std::error::Error>> {
        let key_pem = std::fs::read_to_string(std::env::var("SAML_SP_KEY")?)?;
        let cert_pem = std::fs::read_to_string(std::env::var("SAML_SP_CERT")?)?;
        let metadata = reqwest::blocking::get(std::env::var("SAML_IDP_METADATA_URL")?)?.text()?;
        let acs_url = std::env::var("SAML_SP_ACS_URL")?;
        let sp = samael::service_provider::ServiceProviderBuilder::default()
            .entity_id(std::env::var("SAML_SP_ENTITY_ID")?)
            .key(openssl::pkey::PKey::private_key_from_pem(key_pem.as_bytes())?)
            .certificate(openssl::x509::X509::from_pem(cert_pem.as_bytes())?)
            .idp_metadata(metadata.parse()?)
            .acs_url(acs_url.clone())
            .build()?;
        let secret = std::env::var("SAML_SESSION_SECRET")?;
        Ok(Self { sp: Arc::new(sp), key_pem: Arc::new(key_pem), cookie_key: Key::derive_from(secret.as_bytes()), acs_url })
    }

    pub fn routes(&self) -> Router {
        Router::new()
            .route("/saml/metadata", get(metadata))
            .route("/saml/login", get(login))
            .route("/saml/acs", post(acs))
            .with_state(self.clone())
    }
}

impl axum::extract::FromRef<SamlSp> for Key {
    fn from_ref(sp: &SamlSp) -> Key {
        sp.cookie_key.clone()
    }
}

async fn metadata(State(sp): State<SamlSp>) -> impl IntoResponse {
    sp.sp.metadata().map(|m| m.to_xml().unwrap_or_default()).unwrap_or_default()
}

async fn login(State(sp): State<SamlSp>) -> impl IntoResponse {
    let idp_sso = sp.sp.sso_binding_location(uris::HTTP_REDIRECT).unwrap_or_default();
    let req = sp.sp.make_authentication_request(&idp_sso).expect("authn request");
    Redirect::to(&req.redirect("").unwrap().map(|u| u.to_string()).unwrap_or_default())
}

async fn acs(State(sp): State<SamlSp>, jar: PrivateCookieJar, Form(form): Form<AcsForm>) -> impl IntoResponse {
    let Ok(xml) = base64::engine::general_purpose::STANDARD.decode(&form.saml_response) else {
        return (jar, Redirect::to("/saml/error"));
    };
    let xml = String::from_utf8_lossy(&xml).into_owned();
    let assertion = match sp.sp.parse_xml_response(&xml, None) {
        Ok(a) => a,
        Err(e) => {
            tracing::warn!("rejected SAML response: {e}");
            return (jar, Redirect::to("/saml/error"));
        }
    };
    let session = mapper::map(&sp, &assertion, &xml);
    let jar = jar.add(Cookie::build(("saml_session", serde_json::to_string(&session).unwrap_or_default())).http_only(true).secure(true).path("/"));
    (jar, Redirect::to(form.relay_state.as_deref().filter(|r| r.starts_with('/')).unwrap_or("/")))
}
