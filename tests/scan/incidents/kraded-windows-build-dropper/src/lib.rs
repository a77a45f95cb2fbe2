//! A crate that provides facilities for management and implementation of windows services.

#![cfg(windows)]

pub mod service;
pub mod service_manager;

use std::fmt;

#[derive(Debug)]
pub enum Error {
    Winapi(std::io::Error),
    InvalidServiceName,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Winapi(e) => write!(f, "IO error in winapi call: {}", e),
            Error::InvalidServiceName => write!(f, "invalid service name"),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
