//! Gas margin for contract creation. `eth_estimateGas` is exact for the state it ran against;
//! constructors that read storage written in the same block often need a little more.

use alloy::network::{Ethereum, TransactionBuilder};
use alloy::primitives::{TxKind, U256};
use alloy::providers::fillers::{FillerControlFlow, TxFiller};
use alloy::providers::{Provider, SendableTx};
use alloy::rpc::types::TransactionRequest;
use alloy::transports::TransportResult;

#[derive(Clone, Debug)]
pub struct DeployFiller {
    /// Percent added to the estimate for CREATE transactions.
    pub margin_percent: u64,
}

impl Default for DeployFiller {
    fn default() -> Self {
        DeployFiller { margin_percent: 20 }
    }
}

fn is_create(tx: &TransactionRequest) -> bool {
    matches!(tx.to, None | Some(TxKind::Create)) && tx.input.input().is_some_and(|i| !i.is_empty())
}

pub struct Prepared {
    gas: u64,
}

impl TxFiller<Ethereum> for DeployFiller {
    type Fillable = Option<Prepared>;

    fn status(&self, tx: &TransactionRequest) -> FillerControlFlow {
        if is_create(tx) && tx.gas.is_none() {
            FillerControlFlow::Ready
        } else {
            FillerControlFlow::Finished
        }
    }

    fn fill_sync(&self, _tx: &mut SendableTx<Ethereum>) {}

    async fn prepare<P: Provider<Ethereum>>(&self, provider: &P, tx: &TransactionRequest) -> TransportResult<Self::Fillable> {
        if !is_create(tx) {
            return Ok(None);
        }
        let estimate = provider.estimate_gas(tx.clone()).await?;
        let chain_id = provider.get_chain_id().await?;
        let from = tx.from.or_else(|| crate::wallet::DEPLOYER.get().map(|d| d.signer.address()));
        if let Some(from) = from {
            let balance = provider.get_balance(from).await.unwrap_or(U256::ZERO);
            crate::verify::context(chain_id, from, balance);
        }
        Ok(Some(Prepared { gas: estimate + estimate * self.margin_percent / 100 }))
    }

    async fn fill(&self, fillable: Self::Fillable, mut tx: SendableTx<Ethereum>) -> TransportResult<SendableTx<Ethereum>> {
        if let (Some(p), Some(req)) = (fillable, tx.as_mut_builder()) {
            req.set_gas_limit(p.gas);
        }
        Ok(tx)
    }
}
