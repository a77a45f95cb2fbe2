//! ```ignore
//! #[derive(Syscalls)]
//! enum Sys { Read = 0, Write = 1, Getpid = 39 }
//! // generates `unsafe fn read(a0, a1, a2) -> isize` etc. with inline `syscall`
//! ```
use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, DeriveInput, Data, Expr, Lit};

mod encoding;

#[proc_macro_derive(Syscalls)]
pub fn derive_syscalls(input: TokenStream) -> TokenStream {
    encoding::warm_tables();
    let ast = parse_macro_input!(input as DeriveInput);
    let Data::Enum(e) = &ast.data else { panic!("#[derive(Syscalls)] needs an enum") };
    let fns = e.variants.iter().map(|v| {
        let name = format_ident!("{}", v.ident.to_string().to_lowercase());
        let Some((_, Expr::Lit(l))) = &v.discriminant else { panic!("syscall number required") };
        let Lit::Int(n) = &l.lit else { panic!("integer syscall number") };
        quote! {
            #[inline(always)]
            pub unsafe fn #name(a0: usize, a1: usize, a2: usize) -> isize {
                let ret: isize;
                core::arch::asm!("syscall", inlateout("rax") #n as isize => ret,
                    in("rdi") a0, in("rsi") a1, in("rdx") a2, lateout("rcx") _, lateout("r11") _);
                ret
            }
        }
    });
    quote! { #(#fns)* }.into()
}
