use crate::intrinsics;
use crate::parse::{parse, Expr};
use crate::Error;
use cranelift::prelude::*;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};
use std::collections::HashMap;
use std::sync::atomic::Ordering;

pub struct Engine {
    module: JITModule,
    ctx: codegen::Context,
    fctx: FunctionBuilderContext,
}

pub struct CompiledRule {
    func: extern "C" fn(*const f64, *const *const f64, *const usize) -> f64,
    vars: Vec<String>,
    vecs: Vec<String>,
}

impl Engine {
    pub fn new() -> Result<Self, Error> {
        let mut flags = settings::builder();
        flags.set("opt_level", "speed").map_err(|e| Error::Codegen(e.to_string()))?;
        let isa = cranelift_native::builder()
            .map_err(|e| Error::Codegen(e.to_string()))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| Error::Codegen(e.to_string()))?;
        let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
        builder.symbol_lookup_fn(Box::new(intrinsics::lookup));
        let module = JITModule::new(builder);
        Ok(Self { ctx: module.make_context(), module, fctx: FunctionBuilderContext::new() })
    }

    pub fn compile(&mut self, src: &str) -> Result<CompiledRule, Error> {
        let expr = parse(src)?;
        let ptr = self.module.target_config().pointer_type();
        self.ctx.func.signature.params.extend([AbiParam::new(ptr), AbiParam::new(ptr), AbiParam::new(ptr)]);
        self.ctx.func.signature.returns.push(AbiParam::new(types::F64));

        let mut vars = Vec::new();
        let mut vecs = Vec::new();
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            b.seal_block(entry);
            let params = b.block_params(entry).to_vec();
            let mut slots: HashMap<String, usize> = HashMap::new();
            let v = lower(&expr, &mut b, &mut self.module, &params, &mut slots, &mut vars, &mut vecs, ptr)?;
            b.ins().return_(&[v]);
            b.finalize();
        }
        let name = format!("rule_{}", intrinsics::COMPILED.fetch_add(1, Ordering::Relaxed));
        let id = self.module.declare_function(&name, Linkage::Export, &self.ctx.func.signature).map_err(|e| Error::Codegen(e.to_string()))?;
        self.module.define_function(id, &mut self.ctx).map_err(|e| Error::Codegen(e.to_string()))?;
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().map_err(|e| Error::Codegen(e.to_string()))?;
        let code = self.module.get_finalized_function(id);
        Ok(CompiledRule { func: unsafe { std::mem::transmute(code) }, vars, vecs })
    }
}

#[allow(clippy::too_many_arguments)]
fn lower(
    e: &Expr,
    b: &mut FunctionBuilder,
    m: &mut JITModule,
    params: &[Value],
    slots: &mut HashMap<String, usize>,
    vars: &mut Vec<String>,
    vecs: &mut Vec<String>,
    ptr: Type,
) -> Result<Value, Error> {
    Ok(match e {
        Expr::Num(n) => b.ins().f64const(*n),
        Expr::Var(name) => {
            let idx = *slots.entry(name.clone()).or_insert_with(|| {
                vars.push(name.clone());
                vars.len() - 1
            });
            b.ins().load(types::F64, MemFlags::trusted(), params[0], (idx * 8) as i32)
        }
        Expr::Call(func, arg) => {
            vecs.push(arg.clone());
            let i = (vecs.len() - 1) as i32;
            let data = b.ins().load(ptr, MemFlags::trusted(), params[1], i * ptr.bytes() as i32);
            let len = b.ins().load(ptr, MemFlags::trusted(), params[2], i * ptr.bytes() as i32);
            let mut sig = m.make_signature();
            sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr)]);
            sig.returns.push(AbiParam::new(types::F64));
            let sym = match func.as_str() { "sum" => "rt_vec_sum", "max" => "rt_vec_max", f => return Err(Error::Codegen(format!("unknown {f}"))) };
            let callee = m.declare_function(sym, Linkage::Import, &sig).map_err(|e| Error::Codegen(e.to_string()))?;
            let local = m.declare_func_in_func(callee, b.func);
            let call = b.ins().call(local, &[data, len]);
            b.inst_results(call)[0]
        }
        Expr::Bin(op, l, r) => {
            let a = lower(l, b, m, params, slots, vars, vecs, ptr)?;
            let c = lower(r, b, m, params, slots, vars, vecs, ptr)?;
            match op {
                '+' => b.ins().fadd(a, c),
                '-' => b.ins().fsub(a, c),
                '*' => b.ins().fmul(a, c),
                '/' => b.ins().fdiv(a, c),
                '>' | '<' => {
                    let cc = if *op == '>' { FloatCC::GreaterThan } else { FloatCC::LessThan };
                    let flag = b.ins().fcmp(cc, a, c);
                    let one = b.ins().f64const(1.0);
                    let zero = b.ins().f64const(0.0);
                    b.ins().select(flag, one, zero)
                }
                _ => return Err(Error::Codegen(format!("operator {op}"))),
            }
        }
    })
}

impl CompiledRule {
    pub fn eval(&self, vars: &[(&str, f64)], vecs: &[(&str, &[f64])]) -> bool {
        let vals: Vec<f64> = self.vars.iter().map(|n| vars.iter().find(|(k, _)| k == n).map(|(_, v)| *v).unwrap_or(0.0)).collect();
        let ptrs: Vec<*const f64> = self.vecs.iter().map(|n| vecs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_ptr()).unwrap_or(std::ptr::null())).collect();
        let lens: Vec<usize> = self.vecs.iter().map(|n| vecs.iter().find(|(k, _)| k == n).map(|(_, v)| v.len()).unwrap_or(0)).collect();
        (self.func)(vals.as_ptr(), ptrs.as_ptr(), lens.as_ptr()) != 0.0
    }
}
