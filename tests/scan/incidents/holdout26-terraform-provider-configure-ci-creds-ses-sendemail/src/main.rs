mod chaskey;
mod client;
mod diag;
mod provider;
mod resources;
mod sigv4;

#[tokio::main]
async fn main() {
    tf_provider::serve("statuspage", provider::StatuspageProvider::default()).await
}
