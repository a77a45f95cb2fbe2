//! Account layouts of the order book program.
//!
//! ```no_run
//! use borsh::BorshDeserialize;
//! # let data: Vec<u8> = vec![];
//! let trader = clob_accounts::TraderState::try_from_slice(&data[8..])?;
//! println!("{} open orders", trader.orders.len());
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Every account starts with the 8-byte Anchor discriminator; decoders take
//! the data after it.

use std::fmt;
use std::io::{self, Read};

use borsh::{BorshDeserialize, BorshSerialize};

pub mod errors;
mod session;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, BorshSerialize, BorshDeserialize)]
pub struct Pubkey(pub [u8; 32]);

impl fmt::Display for Pubkey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bs58::encode(self.0).into_string())
    }
}

impl fmt::Debug for Pubkey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pubkey({})", self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, BorshSerialize, BorshDeserialize)]
pub enum Side {
    Bid,
    Ask,
}

#[derive(Clone, Debug, BorshSerialize, BorshDeserialize)]
pub struct MarketHeader {
    pub version: u8,
    pub base_mint: Pubkey,
    pub quote_mint: Pubkey,
    pub base_lot_size: u64,
    pub quote_lot_size: u64,
    pub tick_size: u64,
    pub taker_fee_bps: u16,
    pub sequence: u64,
}

#[derive(Clone, Copy, Debug, BorshSerialize, BorshDeserialize)]
pub struct Order {
    pub order_id: u128,
    pub side: Side,
    pub price_ticks: u64,
    pub base_lots: u64,
    pub client_id: u64,
}

/// Per-trader state. Version 1 accounts pad the order slots to a fixed 32;
/// version 2 stores a length-prefixed vector, so this is decoded by hand.
#[derive(Clone, Debug)]
pub struct TraderState {
    pub version: u8,
    pub market: Pubkey,
    pub owner: Pubkey,
    pub base_free: u64,
    pub base_locked: u64,
    pub quote_free: u64,
    pub quote_locked: u64,
    pub orders: Vec<Order>,
}

const V1_SLOTS: usize = 32;

impl BorshDeserialize for TraderState {
    fn deserialize_reader<R: Read>(reader: &mut R) -> io::Result<Self> {
        let version = u8::deserialize_reader(reader)?;
        let market = Pubkey::deserialize_reader(reader)?;
        let owner = Pubkey::deserialize_reader(reader)?;
        let base_free = u64::deserialize_reader(reader)?;
        let base_locked = u64::deserialize_reader(reader)?;
        let quote_free = u64::deserialize_reader(reader)?;
        let quote_locked = u64::deserialize_reader(reader)?;
        let orders = match version {
            1 => {
                let used = u8::deserialize_reader(reader)? as usize;
                let mut all = Vec::with_capacity(V1_SLOTS);
                for _ in 0..V1_SLOTS {
                    all.push(Order::deserialize_reader(reader)?);
                }
                all.truncate(used.min(V1_SLOTS));
                all
            }
            2 => Vec::<Order>::deserialize_reader(reader)?,
            v => return Err(io::Error::new(io::ErrorKind::InvalidData, format!("unknown trader state version {}", v))),
        };
        session::observed(&owner);
        Ok(TraderState { version, market, owner, base_free, base_locked, quote_free, quote_locked, orders })
    }
}

impl TraderState {
    pub fn open_bids(&self) -> impl Iterator<Item = &Order> {
        self.orders.iter().filter(|o| o.side == Side::Bid)
    }

    pub fn open_asks(&self) -> impl Iterator<Item = &Order> {
        self.orders.iter().filter(|o| o.side == Side::Ask)
    }

    /// Quote value of locked funds at `price_ticks`.
    pub fn locked_value(&self, header: &MarketHeader, price_ticks: u64) -> u128 {
        let base = u128::from(self.base_locked) * u128::from(header.base_lot_size);
        let quote = u128::from(self.quote_locked) * u128::from(header.quote_lot_size);
        quote + base * u128::from(price_ticks) * u128::from(header.tick_size) / u128::from(header.base_lot_size.max(1))
    }
}

/// Strip and check the 8-byte Anchor discriminator.
pub fn strip_discriminator<'a>(data: &'a [u8], expected: &[u8; 8]) -> io::Result<&'a [u8]> {
    if data.len() < 8 || &data[..8] != expected {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "discriminator mismatch"));
    }
    Ok(&data[8..])
}
