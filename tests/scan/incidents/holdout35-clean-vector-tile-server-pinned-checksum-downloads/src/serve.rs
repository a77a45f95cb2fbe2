use anyhow::Result;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

struct AppState {
    data: PathBuf,
}

async fn tile(State(s): State<Arc<AppState>>, UrlPath((set, z, x, y)): UrlPath<(String, u8, u32, String)>) -> impl IntoResponse {
    let y: u32 = y.trim_end_matches(".pbf").trim_end_matches(".png").parse().unwrap_or(u32::MAX);
    if set.contains('/') || set.contains("..") || z > 22 {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let path = s.data.join(format!("{set}.mbtiles"));
    let res = tokio::task::spawn_blocking(move || -> rusqlite::Result<Option<Vec<u8>>> {
        let db = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let tms_y = (1u32 << z) - 1 - y;
        let mut st = db.prepare_cached("SELECT tile_data FROM tiles WHERE zoom_level=?1 AND tile_column=?2 AND tile_row=?3")?;
        let mut rows = st.query((z, x, tms_y))?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        })
    })
    .await;
    match res {
        Ok(Ok(Some(bytes))) => {
            let gz = bytes.starts_with(&[0x1f, 0x8b]);
            let mut resp = ([(header::CONTENT_TYPE, "application/x-protobuf")], bytes).into_response();
            if gz {
                resp.headers_mut().insert(header::CONTENT_ENCODING, "gzip".parse().unwrap());
            }
            resp
        }
        Ok(Ok(None)) => StatusCode::NO_CONTENT.into_response(),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn run(data: PathBuf, listen: SocketAddr) -> Result<()> {
    let state = Arc::new(AppState { data });
    let app = Router::new().route("/tiles/:set/:z/:x/:y", get(tile)).with_state(state);
    let listener = tokio::net::TcpListener::bind(listen).await?;
    tracing::info!("serving on http://{listen}");
    axum::serve(listener, app).await?;
    Ok(())
}
