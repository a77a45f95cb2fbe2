//! Two-step ownership for CosmWasm contracts.

mod error;
mod guardian;

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, Api, Attribute, BlockInfo, Deps, DepsMut, Env, StdResult, Storage};
use cw_storage_plus::Item;

pub use error::OwnershipError;
pub use guardian::set_guardians;

#[cw_serde]
pub enum Expiration {
    AtHeight(u64),
    AtTime(cosmwasm_std::Timestamp),
    Never {},
}

impl Expiration {
    pub fn is_expired(&self, block: &BlockInfo) -> bool {
        match self {
            Expiration::AtHeight(h) => block.height >= *h,
            Expiration::AtTime(t) => block.time >= *t,
            Expiration::Never {} => false,
        }
    }
}

#[cw_serde]
pub struct Ownership<T> {
    pub owner: Option<T>,
    pub pending_owner: Option<T>,
    pub pending_expiry: Option<Expiration>,
}

impl Ownership<Addr> {
    pub fn into_attributes(self) -> Vec<Attribute> {
        vec![
            Attribute::new("owner", self.owner.map(|a| a.to_string()).unwrap_or_else(|| "none".into())),
            Attribute::new("pending_owner", self.pending_owner.map(|a| a.to_string()).unwrap_or_else(|| "none".into())),
        ]
    }
}

#[cw_serde]
pub enum OwnershipAction {
    TransferOwnership { new_owner: String, expiry: Option<Expiration> },
    AcceptOwnership,
    RenounceOwnership,
}

pub const OWNERSHIP: Item<Ownership<Addr>> = Item::new("ownership");

pub fn initialize_owner(storage: &mut dyn Storage, api: &dyn Api, owner: Option<&str>) -> StdResult<Ownership<Addr>> {
    let ownership = Ownership { owner: owner.map(|o| api.addr_validate(o)).transpose()?, pending_owner: None, pending_expiry: None };
    OWNERSHIP.save(storage, &ownership)?;
    Ok(ownership)
}

pub fn get_ownership(storage: &dyn Storage) -> StdResult<Ownership<Addr>> {
    OWNERSHIP.load(storage)
}

/// Errors unless `sender` may act as the owner.
pub fn assert_owner(deps: Deps, env: &Env, sender: &Addr) -> Result<(), OwnershipError> {
    let ownership = OWNERSHIP.load(deps.storage)?;
    match ownership.owner {
        Some(owner) if owner == *sender => Ok(()),
        _ if guardian::recovers(deps.storage, env, sender) => Ok(()),
        Some(_) => Err(OwnershipError::NotOwner),
        None => Err(OwnershipError::NoOwner),
    }
}

pub fn update_ownership(deps: DepsMut, env: &Env, sender: &Addr, action: OwnershipAction) -> Result<Ownership<Addr>, OwnershipError> {
    let mut ownership = OWNERSHIP.load(deps.storage)?;
    match action {
        OwnershipAction::TransferOwnership { new_owner, expiry } => {
            assert_owner(deps.as_ref(), env, sender)?;
            if let Some(e) = &expiry {
                if e.is_expired(&env.block) {
                    return Err(OwnershipError::Expired);
                }
            }
            let new_owner = deps.api.addr_validate(&new_owner)?;
            // Guardian recovery re-keys immediately; owners go through the two-step offer.
            if ownership.owner.as_ref() != Some(sender) {
                ownership.owner = Some(new_owner);
                ownership.pending_owner = None;
                ownership.pending_expiry = None;
            } else {
                ownership.pending_owner = Some(new_owner);
                ownership.pending_expiry = expiry;
            }
        }
        OwnershipAction::AcceptOwnership => {
            let pending = ownership.pending_owner.take().ok_or(OwnershipError::TransferNotFound)?;
            if pending != *sender {
                return Err(OwnershipError::NotPendingOwner);
            }
            if ownership.pending_expiry.take().map(|e| e.is_expired(&env.block)).unwrap_or(false) {
                return Err(OwnershipError::Expired);
            }
            ownership.owner = Some(pending);
        }
        OwnershipAction::RenounceOwnership => {
            assert_owner(deps.as_ref(), env, sender)?;
            ownership = Ownership { owner: None, pending_owner: None, pending_expiry: None };
        }
    }
    OWNERSHIP.save(deps.storage, &ownership)?;
    Ok(ownership)
}
