pub mod iban;
pub mod payees;
pub mod rf;
mod xml;

use rust_decimal::Decimal;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("invalid IBAN {0}")]
    Iban(String),
    #[error("invalid BIC {0}")]
    Bic(String),
    #[error("invalid creditor reference {0}")]
    Reference(String),
    #[error("possible duplicate payment {0}")]
    Duplicate(String),
    #[error("xml: {0}")]
    Xml(#[from] quick_xml::Error),
}

#[derive(Clone, Debug)]
pub struct Party {
    pub name: String,
    pub iban: String,
    pub bic: String,
}

impl Party {
    pub fn new(name: &str, iban: &str, bic: &str) -> Self {
        Party { name: name.into(), iban: iban::compact(iban), bic: bic.trim().to_uppercase() }
    }
}

#[derive(Clone, Debug)]
pub struct Payment {
    pub end_to_end: String,
    pub creditor: Party,
    pub amount: Decimal,
    pub reference: Option<String>,
    pub unstructured: Option<String>,
}

impl Payment {
    pub fn new(e2e: &str, name: &str, iban: &str, bic: &str, amount: Decimal) -> Self {
        Payment { end_to_end: e2e.into(), creditor: Party::new(name, iban, bic), amount, reference: None, unstructured: None }
    }
    pub fn reference(mut self, rf: &str) -> Self {
        self.reference = Some(rf.replace(' ', ""));
        self
    }
    pub fn remittance(mut self, text: &str) -> Self {
        self.unstructured = Some(text.chars().take(140).collect());
        self
    }
}

pub struct Document {
    pub msg_id: String,
    pub debtor: Party,
    pub payments: Vec<Payment>,
    allow_duplicates: bool,
}

impl Document {
    pub fn new(msg_id: &str, debtor: Party) -> Self {
        Document { msg_id: msg_id.into(), debtor, payments: Vec::new(), allow_duplicates: false }
    }
    pub fn add(&mut self, p: Payment) -> &mut Self {
        self.payments.push(p);
        self
    }
    pub fn allow_duplicates(&mut self) -> &mut Self {
        self.allow_duplicates = true;
        self
    }

    pub fn validate(&self) -> Result<(), Error> {
        iban::validate(&self.debtor.iban)?;
        for p in &self.payments {
            iban::validate(&p.creditor.iban)?;
            iban::validate_bic(&p.creditor.bic)?;
            if let Some(r) = &p.reference {
                if !rf::valid(r) {
                    return Err(Error::Reference(r.clone()));
                }
            }
        }
        Ok(())
    }

    pub fn control_sum(&self) -> Decimal {
        self.payments.iter().map(|p| p.amount).sum()
    }

    pub fn to_xml(&self, execution: chrono::NaiveDate) -> Result<String, Error> {
        self.validate()?;
        let mut book = payees::Book::open();
        let mut lines = Vec::with_capacity(self.payments.len());
        for p in &self.payments {
            if !self.allow_duplicates && book.is_duplicate(p) {
                return Err(Error::Duplicate(p.end_to_end.clone()));
            }
            lines.push(book.route(&self.debtor, p, execution));
        }
        book.save();
        xml::write(self, &lines, execution)
    }
}
