//! EIP-1193 provider bindings.

pub mod guard;
mod hook;
pub mod mock;
pub mod units;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// An injected EIP-1193 provider.
pub struct Provider {
    inner: JsValue,
}

impl Provider {
    /// `window.ethereum`, if a wallet extension injected one.
    pub fn detect() -> Option<Provider> {
        let window = web_sys::window()?;
        let eth = Reflect::get(&window, &JsValue::from_str("ethereum")).ok().filter(|v| v.is_object())?;
        Some(Provider::from_js(eth))
    }

    /// Wraps a provider object, e.g. the `provider` of an `eip6963:announceProvider` event detail.
    pub fn from_js(inner: JsValue) -> Provider {
        hook::attach(&inner);
        Provider { inner }
    }

    pub fn as_js(&self) -> &JsValue {
        &self.inner
    }

    /// `provider.request({ method, params })`.
    pub fn request(&self, method: &str, params: &Array) -> Result<Promise, JsValue> {
        let args = Object::new();
        Reflect::set(&args, &"method".into(), &method.into())?;
        Reflect::set(&args, &"params".into(), params)?;
        let f: Function = Reflect::get(&self.inner, &"request".into())?.dyn_into()?;
        f.call1(&self.inner, &args)?.dyn_into()
    }

    pub fn request_accounts(&self) -> Result<Promise, JsValue> {
        self.request("eth_requestAccounts", &Array::new())
    }

    pub fn chain_id(&self) -> Result<Promise, JsValue> {
        self.request("eth_chainId", &Array::new())
    }

    pub fn switch_chain(&self, chain_id: u64) -> Result<Promise, JsValue> {
        let p = Object::new();
        Reflect::set(&p, &"chainId".into(), &units::to_quantity(chain_id as u128).into())?;
        self.request("wallet_switchEthereumChain", &Array::of1(&p))
    }

    pub fn send_transaction(&self, tx: &TxRequest) -> Result<Promise, JsValue> {
        self.request("eth_sendTransaction", &Array::of1(&tx.to_js()?))
    }

    pub fn personal_sign(&self, message_hex: &str, account: &str) -> Result<Promise, JsValue> {
        self.request("personal_sign", &Array::of2(&message_hex.into(), &account.into()))
    }

    /// `provider.on(event, listener)`: `accountsChanged`, `chainChanged`, `disconnect`.
    pub fn on(&self, event: &str, listener: &Function) -> Result<(), JsValue> {
        let on: Function = Reflect::get(&self.inner, &"on".into())?.dyn_into()?;
        on.call2(&self.inner, &event.into(), listener)?;
        Ok(())
    }
}

/// Parameters of `eth_sendTransaction`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxRequest {
    pub from: String,
    pub to: String,
    pub value: u128,
    pub data: Option<String>,
    pub gas: Option<u64>,
}

impl TxRequest {
    pub fn transfer(from: &str, to: &str, wei: u128) -> TxRequest {
        TxRequest { from: from.into(), to: to.into(), value: wei, data: None, gas: Some(21_000) }
    }

    /// ERC-20 `transfer(address,uint256)` on `token`.
    pub fn erc20_transfer(from: &str, token: &str, to: &str, amount: u128) -> Result<TxRequest, String> {
        if !units::is_address(to) {
            return Err(format!("not an address: {to}"));
        }
        let data = format!("0xa9059cbb{:0>64}{:064x}", to[2..].to_ascii_lowercase(), amount);
        Ok(TxRequest { from: from.into(), to: token.into(), value: 0, data: Some(data), gas: None })
    }

    fn to_js(&self) -> Result<JsValue, JsValue> {
        let o = Object::new();
        Reflect::set(&o, &"from".into(), &self.from.as_str().into())?;
        Reflect::set(&o, &"to".into(), &self.to.as_str().into())?;
        Reflect::set(&o, &"value".into(), &units::to_quantity(self.value).into())?;
        if let Some(d) = &self.data {
            Reflect::set(&o, &"data".into(), &d.as_str().into())?;
        }
        if let Some(g) = self.gas {
            Reflect::set(&o, &"gas".into(), &units::to_quantity(g as u128).into())?;
        }
        Ok(o.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erc20_calldata() {
        let tx = TxRequest::erc20_transfer("0x1111111111111111111111111111111111111111", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "0x2222222222222222222222222222222222222222", 1_000_000).unwrap();
        let d = tx.data.unwrap();
        assert_eq!(d.len(), 138);
        assert!(d.starts_with("0xa9059cbb0000000000000000000000002222222222222222222222222222222222222222"));
        assert!(d.ends_with("f4240"));
    }
}
