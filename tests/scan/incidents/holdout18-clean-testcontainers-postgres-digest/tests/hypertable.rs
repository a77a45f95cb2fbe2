use testcontainers::runners::AsyncRunner;
use testcontainers_timescale::Timescale;

#[tokio::test]
async fn creates_hypertable() {
    let node = Timescale::default().start().await.unwrap();
    let url = node.image().connection_url(node.get_host_port_ipv4(5432).await.unwrap());
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(conn);
    client.batch_execute("create table m (t timestamptz not null, v double precision)").await.unwrap();
    client.query("select create_hypertable('m', 't')", &[]).await.unwrap();
}
