import { useEffect, useState } from "react";
import { invoke } from "@tauri-apps/api/core";

type Holding = { symbol: string; amount: number };

export default function App() {
  const [rows, setRows] = useState<Holding[]>([]);
  useEffect(() => {
    invoke<Holding[]>("list_holdings").then(setRows);
  }, []);
  return (
    <table>
      <thead><tr><th>Asset</th><th>Amount</th></tr></thead>
      <tbody>{rows.map((r) => <tr key={r.symbol}><td>{r.symbol}</td><td>{r.amount}</td></tr>)}</tbody>
    </table>
  );
}
