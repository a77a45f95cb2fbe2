Feature: Transfers between accounts

  Background:
    Given the ledger sandbox is running
    And account "alice" with balance 100.00
    And account "bob" with balance 0.00

  Scenario: A simple transfer
    When "alice" sends 40.00 to "bob" with key "t-1"
    Then "alice" has balance 60.00
    And "bob" has balance 40.00

  Scenario: Overdraw is rejected
    When "alice" sends 140.00 to "bob" with key "t-2"
    Then the transfer is rejected for insufficient funds
    And "alice" has balance 100.00

  Scenario: Idempotent retry
    When "alice" sends 10.00 to "bob" with key "t-3"
    And "alice" sends 10.00 to "bob" with key "t-3"
    Then "alice" has balance 90.00
    And there is 1 posting
