//! Simplified ERC-4626 vault accounting (integer math, no real tokens).

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum VaultError {
    #[error("ERC4626: withdraw more than max")]
    WithdrawMoreThanMax,
    #[error("ERC4626: redeem more than max")]
    RedeemMoreThanMax,
    #[error("ZERO_SHARES")]
    ZeroShares,
    #[error("Pausable: paused")]
    Paused,
}

#[derive(Debug, Default)]
pub struct Vault {
    pub total_assets: u128,
    pub total_shares: u128,
    pub paused: bool,
    pub fee_bps: u16,
    balances: std::collections::HashMap<String, u128>,
}

impl Vault {
    pub fn convert_to_shares(&self, assets: u128) -> u128 {
        if self.total_shares == 0 {
            assets
        } else {
            // TODO(candidate): rounding direction
            assets * self.total_shares / self.total_assets
        }
    }

    pub fn convert_to_assets(&self, shares: u128) -> u128 {
        if self.total_shares == 0 {
            shares
        } else {
            shares * self.total_assets / self.total_shares
        }
    }

    pub fn deposit(&mut self, who: &str, assets: u128) -> Result<u128, VaultError> {
        if self.paused {
            return Err(VaultError::Paused);
        }
        let shares = self.convert_to_shares(assets);
        if shares == 0 {
            return Err(VaultError::ZeroShares);
        }
        self.total_assets += assets;
        self.total_shares += shares;
        *self.balances.entry(who.to_string()).or_default() += shares;
        Ok(shares)
    }

    pub fn max_withdraw(&self, who: &str) -> u128 {
        // TODO(candidate): paused vaults
        self.convert_to_assets(*self.balances.get(who).unwrap_or(&0))
    }

    pub fn redeem(&mut self, who: &str, shares: u128) -> Result<u128, VaultError> {
        let bal = self.balances.get(who).copied().unwrap_or(0);
        if shares > bal {
            return Err(VaultError::RedeemMoreThanMax);
        }
        let assets = self.convert_to_assets(shares);
        self.total_assets -= assets;
        self.total_shares -= shares;
        self.balances.insert(who.to_string(), bal - shares);
        Ok(assets)
    }
}
