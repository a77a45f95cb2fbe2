import * as anchor from "@coral-xyz/anchor";
import { Program } from "@coral-xyz/anchor";
import { assert } from "chai";
import { Escrow } from "../target/types/escrow";
import fixtures from "../.anchor/fixtures.json";

describe("escrow", () => {
  const provider = anchor.AnchorProvider.env();
  anchor.setProvider(provider);
  const program = anchor.workspace.Escrow as Program<Escrow>;

  it("initializes an escrow", async () => {
    const escrow = anchor.web3.Keypair.generate();
    await program.methods
      .initialize(new anchor.BN(1000), new anchor.BN(500))
      .accounts({
        initializer: provider.wallet.publicKey,
        initializerDepositTokenAccount: new anchor.web3.PublicKey(fixtures.initializerTokenA),
        initializerReceiveTokenAccount: new anchor.web3.PublicKey(fixtures.initializerTokenB),
        escrowAccount: escrow.publicKey,
      })
      .signers([escrow])
      .rpc();
    const state = await program.account.escrowAccount.fetch(escrow.publicKey);
    assert.equal(state.initializerAmount.toNumber(), 1000);
  });

  it("exchanges", async () => {
    // TODO(candidate): implement `exchange` and make this test pass.
  });
});
