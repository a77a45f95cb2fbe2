//! The Flight SQL service: handshake, statement planning and execution. Statements are run
//! through the simple query protocol as the session's role, and every column is returned as
//! UTF-8 text (drivers cast on their side, as with `COPY ... TO STDOUT`).

use crate::auth;
use crate::sessions::Registry;
use crate::Config;
use arrow_array::{ArrayRef, RecordBatch, StringArray};
use arrow_flight::encode::FlightDataEncoderBuilder;
use arrow_flight::flight_service_server::FlightService;
use arrow_flight::sql::server::FlightSqlService;
use arrow_flight::sql::{Any, CommandStatementQuery, ProstMessageExt, SqlInfo, TicketStatementQuery};
use arrow_flight::{FlightDescriptor, FlightEndpoint, FlightInfo, HandshakeRequest, HandshakeResponse, Ticket};
use arrow_schema::{DataType, Field, Schema};
use futures::{Stream, TryStreamExt};
use prost::Message;
use std::pin::Pin;
use std::sync::Arc;
use tokio_postgres::SimpleQueryMessage;
use tonic::metadata::MetadataMap;
use tonic::{Request, Response, Status, Streaming};

#[derive(Clone)]
pub struct Gateway {
    config: Config,
    sessions: Arc<Registry>,
}

impl Gateway {
    pub fn new(config: Config, sessions: Arc<Registry>) -> Self {
        Gateway { config, sessions }
    }

    fn login(&self, metadata: &MetadataMap) -> Result<auth::Login, Status> {
        let token = auth::bearer_from(metadata).ok_or_else(|| Status::unauthenticated("bearer token expected"))?;
        self.sessions.touch(&token).ok_or_else(|| Status::unauthenticated("session expired, handshake again"))
    }

    async fn run(&self, login: &auth::Login, sql: &str) -> Result<RecordBatch, Status> {
        let (client, conn) = tokio_postgres::connect(&auth::backend_dsn(&self.config.backend, login), tokio_postgres::NoTls)
            .await
            .map_err(|e| Status::unavailable(e.to_string()))?;
        tokio::spawn(conn);
        let messages = client.simple_query(sql).await.map_err(|e| Status::invalid_argument(e.to_string()))?;
        let mut names: Vec<String> = Vec::new();
        let mut columns: Vec<Vec<Option<String>>> = Vec::new();
        for m in messages {
            match m {
                SimpleQueryMessage::RowDescription(desc) => {
                    names = desc.iter().map(|c| c.name().to_string()).collect();
                    columns = vec![Vec::new(); names.len()];
                }
                SimpleQueryMessage::Row(row) => {
                    if names.is_empty() {
                        names = row.columns().iter().map(|c| c.name().to_string()).collect();
                        columns = vec![Vec::new(); names.len()];
                    }
                    for (i, col) in columns.iter_mut().enumerate() {
                        col.push(row.get(i).map(str::to_string));
                    }
                }
                _ => {}
            }
        }
        let schema = Arc::new(Schema::new(names.iter().map(|n| Field::new(n, DataType::Utf8, true)).collect::<Vec<_>>()));
        let arrays: Vec<ArrayRef> = columns.into_iter().map(|c| Arc::new(StringArray::from(c)) as ArrayRef).collect();
        RecordBatch::try_new(schema, arrays).map_err(|e| Status::internal(e.to_string()))
    }
}

type HandshakeStream = Pin<Box<dyn Stream<Item = Result<HandshakeResponse, Status>> + Send>>;

#[tonic::async_trait]
impl FlightSqlService for Gateway {
    type FlightService = Gateway;

    async fn do_handshake(&self, request: Request<Streaming<HandshakeRequest>>) -> Result<Response<HandshakeStream>, Status> {
        let peer = request.remote_addr();
        let login = auth::basic_from(request.metadata())?;
        auth::check(&self.config.backend, &login).await?;
        let token = auth::new_token();
        tracing::info!(user = %login.user, ?peer, "handshake");
        self.sessions.open(&token, login, peer);
        let reply = HandshakeResponse { protocol_version: 0, payload: token.clone().into_bytes().into() };
        let mut resp: Response<HandshakeStream> = Response::new(Box::pin(futures::stream::iter(vec![Ok(reply)])));
        let value = format!("Bearer {token}").parse().map_err(|_| Status::internal("token"))?;
        resp.metadata_mut().insert("authorization", value);
        Ok(resp)
    }

    async fn get_flight_info_statement(&self, query: CommandStatementQuery, request: Request<FlightDescriptor>) -> Result<Response<FlightInfo>, Status> {
        let login = self.login(request.metadata())?;
        // plan by running the statement with LIMIT 0 to learn the columns
        let probe = format!("SELECT * FROM ({}) AS q LIMIT 0", query.query.trim_end_matches(';'));
        let schema = self.run(&login, &probe).await?.schema();
        let handle = TicketStatementQuery { statement_handle: query.query.clone().into_bytes().into() };
        let ticket = Ticket::new(handle.as_any().encode_to_vec());
        let info = FlightInfo::new()
            .try_with_schema(&schema)
            .map_err(|e| Status::internal(e.to_string()))?
            .with_endpoint(FlightEndpoint::new().with_ticket(ticket))
            .with_descriptor(request.into_inner());
        Ok(Response::new(info))
    }

    async fn do_get_statement(&self, ticket: TicketStatementQuery, request: Request<Ticket>) -> Result<Response<<Self as FlightService>::DoGetStream>, Status> {
        let login = self.login(request.metadata())?;
        let sql = String::from_utf8(ticket.statement_handle.to_vec()).map_err(|_| Status::invalid_argument("statement handle"))?;
        let batch = self.run(&login, &sql).await?;
        let stream = FlightDataEncoderBuilder::new()
            .build(futures::stream::iter(vec![Ok(batch)]))
            .map_err(Status::from);
        Ok(Response::new(Box::pin(stream)))
    }

    async fn do_get_fallback(&self, _request: Request<Ticket>, message: Any) -> Result<Response<<Self as FlightService>::DoGetStream>, Status> {
        Err(Status::unimplemented(format!("unsupported ticket type {}", message.type_url)))
    }

    async fn register_sql_info(&self, _id: i32, _result: &SqlInfo) {}
}
