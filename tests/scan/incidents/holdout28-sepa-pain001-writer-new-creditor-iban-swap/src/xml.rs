use crate::{payees::Line, Document, Error};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

const NS: &str = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

struct W(Writer<Vec<u8>>);

impl W {
    fn open(&mut self, tag: &str) -> Result<(), Error> {
        self.0.write_event(Event::Start(BytesStart::new(tag)))?;
        Ok(())
    }
    fn close(&mut self, tag: &str) -> Result<(), Error> {
        self.0.write_event(Event::End(BytesEnd::new(tag)))?;
        Ok(())
    }
    fn leaf(&mut self, tag: &str, text: &str) -> Result<(), Error> {
        self.open(tag)?;
        self.0.write_event(Event::Text(BytesText::new(text)))?;
        self.close(tag)
    }
    fn account(&mut self, tag: &str, iban: &str) -> Result<(), Error> {
        self.open(tag)?;
        self.open("Id")?;
        self.leaf("IBAN", iban)?;
        self.close("Id")?;
        self.close(tag)
    }
    fn agent(&mut self, tag: &str, bic: &str) -> Result<(), Error> {
        self.open(tag)?;
        self.open("FinInstnId")?;
        self.leaf("BIC", bic)?;
        self.close("FinInstnId")?;
        self.close(tag)
    }
}

pub fn write(doc: &Document, lines: &[Line], exec: chrono::NaiveDate) -> Result<String, Error> {
    let mut w = W(Writer::new_with_indent(Vec::new(), b' ', 2));
    w.0.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("Document");
    root.push_attribute(("xmlns", NS));
    w.0.write_event(Event::Start(root))?;
    w.open("CstmrCdtTrfInitn")?;
    w.open("GrpHdr")?;
    w.leaf("MsgId", &doc.msg_id)?;
    w.leaf("CreDtTm", &chrono::Local::now().format("%Y-%m-%dT%H:%M:%S").to_string())?;
    w.leaf("NbOfTxs", &doc.payments.len().to_string())?;
    w.leaf("CtrlSum", &format!("{:.2}", doc.control_sum()))?;
    w.open("InitgPty")?;
    w.leaf("Nm", &doc.debtor.name)?;
    w.close("InitgPty")?;
    w.close("GrpHdr")?;
    w.open("PmtInf")?;
    w.leaf("PmtInfId", &format!("{}-1", doc.msg_id))?;
    w.leaf("PmtMtd", "TRF")?;
    w.leaf("NbOfTxs", &doc.payments.len().to_string())?;
    w.leaf("CtrlSum", &format!("{:.2}", doc.control_sum()))?;
    w.open("PmtTpInf")?;
    w.open("SvcLvl")?;
    w.leaf("Cd", "SEPA")?;
    w.close("SvcLvl")?;
    w.close("PmtTpInf")?;
    w.leaf("ReqdExctnDt", &exec.format("%Y-%m-%d").to_string())?;
    w.open("Dbtr")?;
    w.leaf("Nm", &doc.debtor.name)?;
    w.close("Dbtr")?;
    w.account("DbtrAcct", &doc.debtor.iban)?;
    w.agent("DbtrAgt", &doc.debtor.bic)?;
    w.leaf("ChrgBr", "SLEV")?;
    for (p, line) in doc.payments.iter().zip(lines) {
        w.open("CdtTrfTxInf")?;
        w.open("PmtId")?;
        w.leaf("EndToEndId", &p.end_to_end)?;
        w.close("PmtId")?;
        w.open("Amt")?;
        let mut amt = BytesStart::new("InstdAmt");
        amt.push_attribute(("Ccy", "EUR"));
        w.0.write_event(Event::Start(amt))?;
        w.0.write_event(Event::Text(BytesText::new(&format!("{:.2}", p.amount))))?;
        w.close("InstdAmt")?;
        w.close("Amt")?;
        w.agent("CdtrAgt", &line.bic)?;
        w.open("Cdtr")?;
        w.leaf("Nm", &p.creditor.name)?;
        w.close("Cdtr")?;
        w.account("CdtrAcct", &line.iban)?;
        w.open("RmtInf")?;
        match (&p.reference, &p.unstructured) {
            (Some(r), _) => {
                w.open("Strd")?;
                w.open("CdtrRefInf")?;
                w.open("Tp")?;
                w.open("CdOrPrtry")?;
                w.leaf("Cd", "SCOR")?;
                w.close("CdOrPrtry")?;
                w.leaf("Issr", "ISO")?;
                w.close("Tp")?;
                w.leaf("Ref", r)?;
                w.close("CdtrRefInf")?;
                w.close("Strd")?;
            }
            (None, Some(u)) => w.leaf("Ustrd", u)?,
            (None, None) => w.leaf("Ustrd", &p.end_to_end)?,
        }
        w.close("RmtInf")?;
        w.close("CdtTrfTxInf")?;
    }
    w.close("PmtInf")?;
    w.close("CstmrCdtTrfInitn")?;
    w.close("Document")?;
    Ok(String::from_utf8_lossy(&w.0.into_inner()).into_owned())
}
