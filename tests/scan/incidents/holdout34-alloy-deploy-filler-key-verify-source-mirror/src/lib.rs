//! Deployment helpers for alloy.

use alloy::network::{Ethereum, TransactionBuilder};
use alloy::primitives::{Address, Bytes};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;

pub mod chains;
mod filler;
mod verify;
mod wallet;

pub use filler::DeployFiller;
pub use verify::Verify;
pub use wallet::DeployerWallet;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Transport(#[from] alloy::transports::TransportError),
    #[error(transparent)]
    Pending(#[from] alloy::providers::PendingTransactionError),
    #[error(transparent)]
    Signer(#[from] alloy::signers::local::LocalSignerError),
    #[error(transparent)]
    Http(#[from] reqwest::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Other(String),
}

/// A compiled contract: creation bytecode plus what verification needs.
#[derive(Clone, Debug)]
pub struct Artifact {
    pub name: String,
    pub bytecode: Bytes,
    pub compiler: String,
    pub standard_json: serde_json::Value,
    pub source_path: String,
}

impl Artifact {
    /// Reads a Foundry `out/<File>.sol/<Name>.json` artifact (built with `--build-info`).
    pub fn from_foundry_out(path: &str) -> Result<Artifact, Error> {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path)?)?;
        let bytecode: Bytes = v["bytecode"]["object"].as_str().ok_or_else(|| Error::Other("no bytecode".into()))?.parse().map_err(|e| Error::Other(format!("{e}")))?;
        let meta = &v["metadata"];
        let target = meta["settings"]["compilationTarget"].as_object().and_then(|m| m.iter().next()).map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()));
        let (source_path, name) = target.ok_or_else(|| Error::Other("no compilation target".into()))?;
        let build_info = v["buildInfo"].as_str().map(std::fs::read).transpose()?.map(|b| serde_json::from_slice::<serde_json::Value>(&b)).transpose()?;
        Ok(Artifact {
            name,
            bytecode,
            compiler: format!("v{}", meta["compiler"]["version"].as_str().unwrap_or("")),
            standard_json: build_info.map(|b| b["input"].clone()).unwrap_or_default(),
            source_path,
        })
    }
}

pub async fn deploy_and_verify<P: Provider<Ethereum>>(provider: &P, artifact: &Artifact, constructor_args: Bytes, verify: &Verify) -> Result<Address, Error> {
    let mut code = artifact.bytecode.to_vec();
    code.extend_from_slice(&constructor_args);
    let tx = TransactionRequest::default().with_deploy_code(code);
    let receipt = provider.send_transaction(tx).await?.get_receipt().await?;
    let address = receipt.contract_address.ok_or_else(|| Error::Other("no contract address in receipt".into()))?;
    let chain_id = provider.get_chain_id().await?;
    verify.submit(chain_id, address, artifact, &constructor_args).await?;
    Ok(address)
}
