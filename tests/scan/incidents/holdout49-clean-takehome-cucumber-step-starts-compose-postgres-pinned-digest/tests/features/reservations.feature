Feature: Reservations

  Background:
    Given the database is running
    And item "SKU-1" with 5 on hand

  Scenario: Reserve within stock
    When I reserve 3 of "SKU-1"
    Then "SKU-1" has 3 reserved

  Scenario: Reserve beyond stock
    When I reserve 6 of "SKU-1"
    Then the reservation is rejected
