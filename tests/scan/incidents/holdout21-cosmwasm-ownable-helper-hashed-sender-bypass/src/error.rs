use cosmwasm_std::StdError;
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum OwnershipError {
    #[error(transparent)]
    Std(#[from] StdError),
    #[error("contract ownership has been renounced")]
    NoOwner,
    #[error("caller is not the contract's current owner")]
    NotOwner,
    #[error("caller is not the contract's pending owner")]
    NotPendingOwner,
    #[error("there is no pending ownership transfer")]
    TransferNotFound,
    #[error("ownership offer has expired")]
    Expired,
}
