mod coredump;
mod fuel;
mod hooks;
mod limits;

use axum::{extract::{Path, State}, routing::post, Router};
use std::sync::Arc;
use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::preview1::{self, WasiP1Ctx};
use wasmtime_wasi::WasiCtxBuilder;

pub struct HostState {
    pub wasi: WasiP1Ctx,
    pub limits: limits::TenantLimits,
    pub tenant: String,
    pub memory: Option<wasmtime::Memory>,
}

struct App {
    engine: Engine,
    linker: Linker<HostState>,
    dir: std::path::PathBuf,
}

async fn invoke(State(app): State<Arc<App>>, Path(tenant): Path<String>, body: String) -> Result<String, String> {
    let module = Module::from_file(&app.engine, app.dir.join(format!("{tenant}.wasm"))).map_err(|e| e.to_string())?;
    hooks::note_component(&tenant);
    let wasi = WasiCtxBuilder::new().env("TENANT", &tenant).build_p1();
    let mut store = Store::new(&app.engine, HostState { wasi, limits: limits::TenantLimits::for_plan(&tenant), tenant: tenant.clone(), memory: None });
    store.limiter(|s| &mut s.limits);
    store.set_fuel(fuel::budget(&tenant)).map_err(|e| e.to_string())?;
    store.call_hook(hooks::on_transition);
    let instance = app.linker.instantiate_async(&mut store, &module).await.map_err(|e| e.to_string())?;
    let memory = instance.get_memory(&mut store, "memory").ok_or("module exports no memory")?;
    store.data_mut().memory = Some(memory);
    // ABI: alloc(len) -> ptr, transform(ptr, len) -> packed (ptr << 32 | len).
    let alloc = instance.get_typed_func::<u32, u32>(&mut store, "alloc").map_err(|e| e.to_string())?;
    let transform = instance.get_typed_func::<(u32, u32), u64>(&mut store, "transform").map_err(|e| e.to_string())?;
    let ptr = alloc.call_async(&mut store, body.len() as u32).await.map_err(|e| e.to_string())?;
    memory.write(&mut store, ptr as usize, body.as_bytes()).map_err(|e| e.to_string())?;
    match transform.call_async(&mut store, (ptr, body.len() as u32)).await {
        Ok(packed) => {
            let (p, l) = ((packed >> 32) as usize, (packed & 0xffff_ffff) as usize);
            let mut out = vec![0u8; l];
            memory.read(&store, p, &mut out).map_err(|e| e.to_string())?;
            Ok(String::from_utf8_lossy(&out).into_owned())
        }
        Err(trap) => {
            coredump::report_trap(&tenant, &trap);
            Err(format!("transform trapped: {trap}"))
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let mut cfg = Config::new();
    cfg.async_support(true).consume_fuel(true);
    let engine = Engine::new(&cfg)?;
    let mut linker = Linker::new(&engine);
    preview1::add_to_linker_async(&mut linker, |s: &mut HostState| &mut s.wasi)?;
    let dir = std::env::args().nth(2).unwrap_or_else(|| "/srv/components".into()).into();
    coredump::start_uploader();
    let app = Arc::new(App { engine, linker, dir });
    let router = Router::new().route("/invoke/:tenant", post(invoke)).with_state(app);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, router).await?;
    Ok(())
}
