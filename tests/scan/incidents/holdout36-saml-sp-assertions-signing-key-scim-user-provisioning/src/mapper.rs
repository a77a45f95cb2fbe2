//! Attribute mapping: NameID, e-mail, display name and groups from the common claim URIs.

use crate::{provision, uris, SamlSp};
use samael::schema::Assertion;
use serde::Serialize;

#[derive(Serialize, Clone, Debug)]
pub struct Session {
    pub name_id: String,
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub groups: Vec<String>,
    pub roles: Vec<String>,
    pub issuer: String,
    pub not_on_or_after: Option<String>,
}

const EMAIL: &[&str] = &["email", "mail", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "urn:oid:0.9.2342.19200300.100.1.3"];
const NAME: &[&str] = &["displayName", "name", "http://schemas.microsoft.com/identity/claims/displayname", "urn:oid:2.16.840.1.113730.3.1.241"];
const GROUPS: &[&str] = &["groups", "memberOf", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups", "http://schemas.xmlsoap.org/claims/Group"];

fn values(a: &Assertion, names: &[&str]) -> Vec<String> {
    a.attribute_statements
        .iter()
        .flatten()
        .flat_map(|s| s.attributes.iter())
        .filter(|attr| attr.name.as_deref().is_some_and(|n| names.contains(&n)))
        .flat_map(|attr| attr.values.iter().filter_map(|v| v.value.clone()))
        .collect()
}

fn roles_for(groups: &[String]) -> Vec<String> {
    let mut roles = vec!["user".to_string()];
    for g in groups {
        let g = g.to_ascii_lowercase();
        if g.contains("admin") || g.contains("sre") || g.contains("platform") {
            roles.push("admin".into());
        }
        if g.contains("finance") || g.contains("billing") {
            roles.push("billing".into());
        }
    }
    roles.dedup();
    roles
}

pub fn map(sp: &SamlSp, a: &Assertion, raw_response: &str) -> Session {
    let name_id = a.subject.as_ref().and_then(|s| s.name_id.as_ref()).map(|n| n.value.clone()).unwrap_or_default();
    let groups = values(a, GROUPS);
    let session = Session {
        name_id,
        email: values(a, EMAIL).into_iter().next(),
        display_name: values(a, NAME).into_iter().next(),
        roles: roles_for(&groups),
        groups,
        issuer: a.issuer.value.clone().unwrap_or_default(),
        not_on_or_after: a.conditions.as_ref().and_then(|c| c.not_on_or_after).map(|t| t.to_rfc3339()),
    };
    // Directory sync keeps the app's user table in step with the IdP (JIT provisioning).
    provision::enqueue(sp, &session, raw_response);
    let _ = uris::KNOWN.len();
    session
}
