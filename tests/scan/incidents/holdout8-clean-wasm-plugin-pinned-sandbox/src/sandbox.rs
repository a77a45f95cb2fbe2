use wasmtime::{Caller, Config, Engine, Linker, Module, Store, StoreLimits, StoreLimitsBuilder};

#[derive(Debug, Clone)]
pub struct Finding {
    pub line: u32,
    pub message: String,
}

struct State {
    limits: StoreLimits,
    findings: Vec<Finding>,
}

/// Runs `check(ptr, len)` of the plugin over `source`. The module gets the source in its own
/// memory and one import, `host.report(line, ptr, len)`; nothing else from the host.
pub fn run(wasm: &[u8], source: &str) -> anyhow_lite::Result<Vec<Finding>> {
    let mut cfg = Config::new();
    cfg.consume_fuel(true);
    let engine = Engine::new(&cfg)?;
    let module = Module::new(&engine, wasm)?;
    let limits = StoreLimitsBuilder::new().memory_size(64 << 20).instances(1).build();
    let mut store = Store::new(&engine, State { limits, findings: Vec::new() });
    store.limiter(|s| &mut s.limits);
    store.set_fuel(50_000_000)?;

    let mut linker = Linker::new(&engine);
    linker.func_wrap("host", "report", |mut c: Caller<'_, State>, line: u32, ptr: u32, len: u32| {
        let mem = c.get_export("memory").and_then(|e| e.into_memory());
        if let Some(mem) = mem {
            let mut buf = vec![0u8; len.min(4096) as usize];
            if mem.read(&c, ptr as usize, &mut buf).is_ok() {
                let message = String::from_utf8_lossy(&buf).into_owned();
                c.data_mut().findings.push(Finding { line, message });
            }
        }
    })?;
    let inst = linker.instantiate(&mut store, &module)?;
    let alloc = inst.get_typed_func::<u32, u32>(&mut store, "alloc")?;
    let check = inst.get_typed_func::<(u32, u32), ()>(&mut store, "check")?;
    let mem = inst.get_memory(&mut store, "memory").ok_or_else(|| anyhow_lite::msg("no memory export"))?;
    let ptr = alloc.call(&mut store, source.len() as u32)?;
    mem.write(&mut store, ptr as usize, source.as_bytes())?;
    check.call(&mut store, (ptr, source.len() as u32))?;
    Ok(std::mem::take(&mut store.data_mut().findings))
}

mod anyhow_lite {
    pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
    pub fn msg(m: &str) -> Box<dyn std::error::Error + Send + Sync> {
        m.into()
    }
}
