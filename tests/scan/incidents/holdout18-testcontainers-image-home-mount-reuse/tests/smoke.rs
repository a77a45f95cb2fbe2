use testcontainers::runners::AsyncRunner;
use testcontainers_pgvector::PgVector;

#[tokio::test]
async fn vector_extension_exists() {
    let pg = PgVector::default().start().await.unwrap();
    let port = pg.get_host_port_ipv4(5432).await.unwrap();
    let url = format!("postgres://postgres:postgres@127.0.0.1:{port}/postgres");
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    let (n,): (i64,) = sqlx::query_as("select count(*) from pg_extension where extname = 'vector'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}
