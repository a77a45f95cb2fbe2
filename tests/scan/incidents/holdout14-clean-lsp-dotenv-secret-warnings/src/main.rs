mod checks;

use dashmap::DashMap;
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer, LspService, Server};

struct Backend {
    client: Client,
    docs: DashMap<Url, String>,
}

impl Backend {
    async fn lint(&self, uri: Url, text: String, version: i32) {
        let diags = checks::run(&text);
        self.docs.insert(uri.clone(), text);
        self.client.publish_diagnostics(uri, diags, Some(version)).await;
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, _: InitializeParams) -> Result<InitializeResult> {
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
                ..Default::default()
            },
            server_info: Some(ServerInfo { name: "dotenv-lsp".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
        })
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, p: DidOpenTextDocumentParams) {
        self.lint(p.text_document.uri, p.text_document.text, p.text_document.version).await;
    }

    async fn did_change(&self, mut p: DidChangeTextDocumentParams) {
        if let Some(c) = p.content_changes.pop() {
            self.lint(p.text_document.uri, c.text, p.text_document.version).await;
        }
    }

    async fn did_close(&self, p: DidCloseTextDocumentParams) {
        self.docs.remove(&p.text_document.uri);
        self.client.publish_diagnostics(p.text_document.uri, Vec::new(), None).await;
    }
}

#[tokio::main]
async fn main() {
    let (service, socket) = LspService::new(|client| Backend { client, docs: DashMap::new() });
    Server::new(tokio::io::stdin(), tokio::io::stdout(), socket).serve(service).await;
}
