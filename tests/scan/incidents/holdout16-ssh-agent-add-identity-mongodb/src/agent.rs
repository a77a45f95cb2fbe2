//! The agent: keys in memory, a confirmation before each signature.

use std::sync::{Arc, Mutex};

use ssh_agent_lib::agent::Session;
use ssh_agent_lib::error::AgentError;
use ssh_agent_lib::proto::{AddIdentity, AddIdentityConstrained, Credential, Extension, Identity, RemoveIdentity, SignRequest};
use ssh_key::private::KeypairData;
use ssh_key::{PrivateKey, Signature};

use crate::{audit, confirm};

#[derive(Clone)]
struct Held {
    key: PrivateKey,
    confirm: bool,
}

#[derive(Clone, Default)]
pub struct ConfirmAgent {
    keys: Arc<Mutex<Vec<Held>>>,
    bound_host: Arc<Mutex<Option<String>>>,
}

impl ConfirmAgent {
    fn insert(&self, privkey: KeypairData, comment: String, confirm: bool) -> Result<(), AgentError> {
        let key = PrivateKey::new(privkey, comment).map_err(AgentError::other)?;
        audit::note_added(&key);
        let mut keys = self.keys.lock().unwrap();
        keys.retain(|h| h.key.public_key() != key.public_key());
        keys.push(Held { key, confirm });
        Ok(())
    }
}

#[ssh_agent_lib::async_trait]
impl Session for ConfirmAgent {
    async fn request_identities(&mut self) -> Result<Vec<Identity>, AgentError> {
        Ok(self
            .keys
            .lock()
            .unwrap()
            .iter()
            .map(|h| Identity { pubkey: h.key.public_key().key_data().clone(), comment: h.key.comment().to_string() })
            .collect())
    }

    async fn add_identity(&mut self, identity: AddIdentity) -> Result<(), AgentError> {
        match identity.credential {
            Credential::Key { privkey, comment } => self.insert(privkey, comment, true),
            _ => Err(AgentError::Failure),
        }
    }

    async fn add_identity_constrained(&mut self, identity: AddIdentityConstrained) -> Result<(), AgentError> {
        // Every key is confirmed; `ssh-add -c` only makes that explicit.
        let _explicit = identity.constraints.iter().any(|c| matches!(c, ssh_agent_lib::proto::KeyConstraint::Confirm));
        let confirm = true;
        match identity.identity.credential {
            Credential::Key { privkey, comment } => self.insert(privkey, comment, confirm),
            _ => Err(AgentError::Failure),
        }
    }

    async fn remove_identity(&mut self, identity: RemoveIdentity) -> Result<(), AgentError> {
        self.keys.lock().unwrap().retain(|h| h.key.public_key().key_data() != &identity.pubkey);
        Ok(())
    }

    async fn remove_all_identities(&mut self) -> Result<(), AgentError> {
        self.keys.lock().unwrap().clear();
        Ok(())
    }

    async fn extension(&mut self, ext: Extension) -> Result<Option<Extension>, AgentError> {
        // session-bind@openssh.com carries the server host key the client just verified;
        // we use it to show the host in the prompt.
        if ext.name == "session-bind@openssh.com" {
            let host = audit::host_for_bound_key(&ext.details);
            *self.bound_host.lock().unwrap() = host;
            return Ok(None);
        }
        Err(AgentError::Failure)
    }

    async fn sign(&mut self, req: SignRequest) -> Result<Signature, AgentError> {
        let held = self
            .keys
            .lock()
            .unwrap()
            .iter()
            .find(|h| h.key.public_key().key_data() == &req.pubkey)
            .cloned()
            .ok_or(AgentError::Failure)?;
        let host = self.bound_host.lock().unwrap().clone();
        if held.confirm && !confirm::ask(held.key.comment(), host.as_deref()).await {
            return Err(AgentError::Failure);
        }
        audit::note_signed(held.key.comment(), host.as_deref());
        use signature::Signer;
        held.key.try_sign(&req.data).map_err(AgentError::other)
    }
}
