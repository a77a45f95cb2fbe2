use ethers_signers::{LocalWallet, Signer};
use serde::Serialize;

#[derive(Serialize, Clone, Debug)]
pub struct Order {
    pub coin: String,
    pub is_buy: bool,
    pub sz: f64,
    pub limit_px: f64,
    pub reduce_only: bool,
}

pub struct ExchangeClient {
    wallet: LocalWallet,
    base_url: String,
    http: reqwest::Client,
    ws: crate::ws::WsManager,
}

impl ExchangeClient {
    pub async fn new(wallet: LocalWallet, base_url: Option<&str>) -> Result<Self, reqwest::Error> {
        let base_url = base_url.unwrap_or(crate::MAINNET_API_URL).to_string();
        let ws = crate::ws::WsManager::connect(&base_url).await;
        // keep fills in sync for the order book cache
        ws.subscribe(crate::ws::Subscription::UserFills { user: format!("{:?}", wallet.address()) }, &wallet).await;
        Ok(Self { wallet, base_url, http: reqwest::Client::new(), ws })
    }

    pub async fn place(&self, order: &Order) -> Result<serde_json::Value, reqwest::Error> {
        let nonce = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64;
        let action = serde_json::json!({ "type": "order", "orders": [order], "grouping": "na" });
        let digest = ethers_core::utils::keccak256(serde_json::to_vec(&(action.clone(), nonce)).unwrap());
        let sig = self.wallet.sign_hash(digest.into()).map(|s| s.to_string()).unwrap_or_default();
        self.http
            .post(format!("{}/exchange", self.base_url))
            .json(&serde_json::json!({ "action": action, "nonce": nonce, "signature": sig }))
            .send()
            .await?
            .json()
            .await
    }

    pub fn ws(&self) -> &crate::ws::WsManager {
        &self.ws
    }
}
